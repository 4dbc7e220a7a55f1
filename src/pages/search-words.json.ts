import type { APIRoute } from 'astro';
import { getSite } from '../site/load-site.ts';

/** The words "Did you mean" may offer, and other known words; fetched only once a query has a word outside them. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(
    JSON.stringify({ words: site.searchWords.words, alsoKnown: site.searchWords.alsoKnown }),
    { headers: { 'content-type': 'application/json' } },
  );
};
