import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/** How many key points a reveal lists. */
const MAX_POINTS = 6;

const isElement = (node: ElementContent | Root['children'][number]): node is Element =>
  node.type === 'element';

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s|$)/s.exec(text);
  return (match?.[1] ?? text).trim();
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The key points of a Detailed Answer, for grading oneself at a glance: the items of its top-level
 * lists when it has any, otherwise the first sentence of each paragraph. Code is left out.
 */
export function keyPoints(detailedAnswerHtml: string): string[] {
  const top = fromHtml(detailedAnswerHtml, { fragment: true }).children.filter(isElement);
  const items = top
    .filter((el) => el.tagName === 'ul' || el.tagName === 'ol')
    .flatMap((list) => list.children.filter(isElement).filter((li) => li.tagName === 'li'))
    .map((li) => clean(toString(li)));
  const points =
    items.length > 0
      ? items
      : top.filter((el) => el.tagName === 'p').map((p) => firstSentence(clean(toString(p))));
  return points.filter((p) => p !== '').slice(0, MAX_POINTS);
}
