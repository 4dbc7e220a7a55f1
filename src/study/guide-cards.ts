import type { RenderedGuide } from '../render/render-guide.ts';
import type { GuideCards } from './card-content-schema.ts';
import { questionId } from './ids.ts';

/** One guide's practice cards: each question's answers, as its guide page shows them. */
export function guideCards(guide: RenderedGuide): GuideCards {
  return {
    cards: guide.questions.map((q) => ({
      id: questionId(guide.slug, q.number),
      quickAnswerHtml: q.quickAnswerHtml,
      detailedAnswerHtml: q.detailedAnswerHtml,
      ...(q.codeExampleHtml === undefined ? {} : { codeExampleHtml: q.codeExampleHtml }),
      followUpsHtml: q.followUpsHtml,
    })),
  };
}
