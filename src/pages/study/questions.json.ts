import type { APIRoute } from 'astro';
import type { StudyIndex } from '../../study/index-schema.ts';
import { questionId } from '../../study/ids.ts';
import { getSite } from '../../site/load-site.ts';
import { questionFacts } from '../../site/question-tags.ts';

/** Every question's id, address and facets, for practice sessions and progress totals. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const index: StudyIndex = {
    questions: site.guides.flatMap((guide) =>
      guide.questions.map((q) => ({
        id: questionId(guide.slug, q.number),
        url: q.url,
        number: q.number,
        title: q.title,
        guide: guide.slug,
        ...questionFacts(q, guide),
      })),
    ),
  };
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};
