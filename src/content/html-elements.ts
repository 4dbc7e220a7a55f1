import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { MDX_HANDLERS } from './to-hast.ts';

/** An element a guide would put on a page, with the file line it was written on. */
export interface LocatedElement {
  element: Element;
  line: number;
}

/**
 * Every element the Markdown produces, raw HTML included. Each raw HTML chunk is parsed on its own,
 * so an element's line is the chunk's line plus its line inside the chunk.
 */
export function locatedElements(nodes: readonly RootContent[], fallbackLine: number): LocatedElement[] {
  const tree = toHast({ type: 'root', children: [...nodes] }, { allowDangerousHtml: true, handlers: MDX_HANDLERS }) as HastRoot;
  const found: LocatedElement[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? fallbackLine;
    if (node.type === 'element') found.push({ element: node, line });
    if (node.type === 'raw') {
      visit(fromHtml(node.value, { fragment: true }), 'element', (element: Element) => {
        found.push({ element, line: line + (element.position?.start.line ?? 1) - 1 });
      });
    }
  });
  return found;
}
