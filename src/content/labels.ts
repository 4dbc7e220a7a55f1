import type { Paragraph, PhrasingContent, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The bold labels that structure a question, keyed by their normalised spelling. */
export const META_LABELS = {
  difficulty: 'Difficulty',
  category: 'Category',
  companies: 'Companies',
  frequency: 'Frequency',
  tags: 'Tags',
} as const;
export const PART_LABELS = {
  quickanswer: 'Quick Answer',
  detailedanswer: 'Detailed Answer',
  codeexample: 'Code Example',
  followupquestions: 'Follow-up Questions',
} as const;
export type MetaKey = keyof typeof META_LABELS;
export type PartKey = keyof typeof PART_LABELS;
export const ALL_LABELS: readonly string[] = [
  ...Object.values(META_LABELS),
  ...Object.values(PART_LABELS),
];

/** "Follow-up Questions:" → "followupquestions": case, spaces, dashes and the colon do not matter. */
export function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

// Own keys only: a label such as **Constructor**: must not find Object.prototype members.
export const isMetaKey = (key: string): key is MetaKey => Object.hasOwn(META_LABELS, key);
export const isPartKey = (key: string): key is PartKey => Object.hasOwn(PART_LABELS, key);

/** A bold label such as `**Quick Answer**:` (or `**Quick Answer:**`) at `index` in a paragraph. */
export interface LabelAt {
  key: string;
  text: string;
  strong: Strong;
  index: number;
}

/** The bold run at `index` if it is written as a label: bold text followed by a colon. */
export function labelAt(children: readonly PhrasingContent[], index: number): LabelAt | undefined {
  const node = children[index];
  if (node?.type !== 'strong') return undefined;
  const text = toString(node).trim();
  const colonInside = text.endsWith(':');
  const next = children[index + 1];
  const colonAfter = next?.type === 'text' && /^\s*:/.test(next.value);
  if (!colonInside && !colonAfter) return undefined;
  const bare = text.replace(/:$/, '').trim();
  if (bare === '') return undefined;
  return { key: normaliseLabel(bare), text: bare, strong: node, index };
}

/** The paragraph's content after its leading label, with the colon removed; empty when nothing follows. */
export function afterLabel(paragraph: Paragraph): PhrasingContent[] {
  const rest = paragraph.children.slice(1).map((c) => ({ ...c }));
  const first = rest[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s*:?\s*/, '');
  while (rest[0]?.type === 'break' || (rest[0]?.type === 'text' && rest[0].value === ''))
    rest.shift();
  return rest;
}
