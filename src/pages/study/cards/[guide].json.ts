import type { APIRoute, GetStaticPaths } from 'astro';
import type { GuideSummary } from '../../../render/render-guide.ts';
import { getSite } from '../../../site/load-site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  // Its guide's HTML only: copied from the last build while the guide is unchanged.
  return site.guides.map((guide) => ({
    params: { guide: guide.slug },
    cacheKey: site.pageKey(guide.slug),
    props: { guide },
  }));
}) satisfies GetStaticPaths;

/**
 * One guide's answers as built records, for practice cards and Anki export (never page scraping):
 * made by the guides loader from the rendered guide (src/study/guide-cards.ts), served as written.
 */
export const GET: APIRoute = async ({ props }) => {
  const { slug } = (props as { guide: GuideSummary }).guide;
  return new Response((await getSite()).studyJson(slug, 'cards'), {
    headers: { 'content-type': 'application/json' },
  });
};
