import type { APIRoute, GetStaticPaths } from 'astro';
import type { GuideSummary } from '../../../render/render-guide.ts';
import { getSite } from '../../../site/load-site.ts';
import type { GuideCards } from '../../../study/card-content-schema.ts';
import { questionId } from '../../../study/ids.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  // Its guide's HTML only: copied from the last build while the guide is unchanged.
  return site.guides.map((guide) => ({
    params: { guide: guide.slug },
    cacheKey: site.pageKey(guide.slug),
    props: { guide },
  }));
}) satisfies GetStaticPaths;

/** One guide's answers as built records, for practice cards and Anki export (never page scraping). */
export const GET: APIRoute = async ({ props }) => {
  const { slug } = (props as { guide: GuideSummary }).guide;
  const guide = (await getSite()).renderedGuide(slug);
  const cards: GuideCards = {
    cards: guide.questions.map((q) => ({
      id: questionId(guide.slug, q.number),
      quickAnswerHtml: q.quickAnswerHtml,
      detailedAnswerHtml: q.detailedAnswerHtml,
      ...(q.codeExampleHtml === undefined ? {} : { codeExampleHtml: q.codeExampleHtml }),
      followUpsHtml: q.followUpsHtml,
    })),
  };
  return new Response(JSON.stringify(cards), { headers: { 'content-type': 'application/json' } });
};
