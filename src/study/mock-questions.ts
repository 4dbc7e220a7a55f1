import type { RenderedGuide } from '../render/render-guide.ts';
import type { MockQuestion } from '../mock/records.ts';
import { effectiveTags } from '../site/question-tags.ts';
import { questionId } from './ids.ts';
import { keyPoints } from './key-points.ts';

/** A guide's questions as mock rounds draw them, with what a reveal shows. */
export function mockQuestions(guide: RenderedGuide): MockQuestion[] {
  return guide.questions.map((q) => ({
    id: questionId(guide.slug, q.number),
    url: q.url,
    title: q.title,
    guideTitle: guide.frontmatter.title,
    facets: {
      company: [...q.companies],
      difficulty: [q.level],
      guide: [guide.frontmatter.title],
      tag: [...effectiveTags(q, guide.frontmatter)],
    },
    quickAnswerHtml: q.quickAnswerHtml,
    keyPoints: keyPoints(q.detailedAnswerHtml),
  }));
}
