import type { QuestionProgress } from '../../study/schema.ts';

/** The progress filters are defined once, with the facets; lists, search and practice share them. */
export {
  PROGRESS_FILTERS,
  type ProgressFilter,
  passesProgress as passes,
} from '../../site/facets.ts';

/** A short text mark for a question's progress in lists: "Known", "Review", "★". */
export function markText(entry: QuestionProgress | undefined): string {
  const parts = [
    entry?.state === 'known' ? 'Known' : entry?.state === 'review' ? 'Review' : '',
    entry?.bookmarked ? 'Bookmarked' : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** The span that carries a list item's progress mark, added the first time. */
export function markSpan(item: HTMLElement): HTMLElement {
  let mark = item.querySelector<HTMLElement>('.study-mark');
  if (!mark) {
    mark = document.createElement('span');
    mark.className = 'study-mark';
    item.append(mark);
  }
  return mark;
}
