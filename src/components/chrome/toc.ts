import { htmlText } from '../../render/html-text.ts';
import type { RenderedGuide, RenderedQuestion } from '../../render/render-guide.ts';

/** One "On this page" entry; depth 2 is a section, 3 a question or part inside it. */
export interface TocItem {
  id: string;
  label: string;
  depth: 2 | 3;
}

/** A guide page: the quick read, then each section with its questions. */
export function guideToc(guide: RenderedGuide): TocItem[] {
  const items: TocItem[] = [];
  if (guide.quickRead)
    items.push({ id: 'quick-read', label: htmlText(guide.quickRead.titleHtml), depth: 2 });
  for (const section of guide.sections) {
    items.push({
      id: section.id,
      label: section.titleHtml === undefined ? 'Questions' : htmlText(section.titleHtml),
      depth: 2,
    });
    for (const block of section.blocks) {
      if (block.kind === 'question')
        items.push({
          id: block.question.anchor,
          label: `${block.question.number}. ${block.question.title}`,
          depth: 3,
        });
    }
  }
  return items;
}

/** A question's own page: its parts. */
export function questionToc(question: RenderedQuestion): TocItem[] {
  return [
    { id: 'quick-answer', label: 'Quick answer', depth: 2 },
    { id: 'detailed-answer', label: 'Detailed answer', depth: 2 },
    ...(question.codeExampleHtml === undefined
      ? []
      : [{ id: 'code-example', label: 'Code example', depth: 2 } as const]),
    ...(question.followUpsHtml.length > 0
      ? [{ id: 'follow-ups', label: 'Follow-up questions', depth: 2 } as const]
      : []),
  ];
}
