import type { APIRoute } from 'astro';
import { predictIndex } from '../../mock/build-records.ts';
import { getSite } from '../../site/load-site.ts';

/** The examples marked for predict-the-output drills, with code and recorded output. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(predictIndex(await getSite())), {
    headers: { 'content-type': 'application/json' },
  });
