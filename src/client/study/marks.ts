import type { QuestionProgress } from '../../study/schema.ts';

/** The progress filters offered in lists and search: "Review", "Bookmarked", "Not yet known". */
export const PROGRESS_FILTERS = [
  {
    value: 'review',
    label: 'Review',
    test: (e: QuestionProgress | undefined) => e?.state === 'review',
  },
  {
    value: 'bookmarked',
    label: 'Bookmarked',
    test: (e: QuestionProgress | undefined) => e?.bookmarked === true,
  },
  {
    value: 'not-known',
    label: 'Not yet known',
    test: (e: QuestionProgress | undefined) => e?.state !== 'known',
  },
] as const;
export type ProgressFilter = (typeof PROGRESS_FILTERS)[number]['value'];

/** Every ticked filter must hold (AND), like facets across filters. */
export function passes(entry: QuestionProgress | undefined, filters: readonly string[]): boolean {
  return PROGRESS_FILTERS.every((f) => !filters.includes(f.value) || f.test(entry));
}

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
