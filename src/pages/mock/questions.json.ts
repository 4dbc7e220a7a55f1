import type { APIRoute } from 'astro';
import { mockIndex } from '../../mock/build-records.ts';
import { getSite } from '../../site/load-site.ts';

/** The questions mock rounds draw from, with their quick answers and key points. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(mockIndex(await getSite())), {
    headers: { 'content-type': 'application/json' },
  });
