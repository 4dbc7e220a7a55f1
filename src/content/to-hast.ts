import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { h } from 'hastscript';
import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { type Handler, type State, toHast } from 'mdast-util-to-hast';

/** hast property (attribute `data-code-slot`) of the element standing in for a code block until it is highlighted. */
export const CODE_SLOT = 'dataCodeSlot';

export interface ToHastOptions {
  /** Called for each code block; its return value marks the slot the block's HTML goes in. */
  onCode?: (node: Code) => string;
}

/** Lower-case MDX JSX becomes HTML elements; other MDX is dropped (the checks report it). */
export const MDX_HANDLERS: Record<string, Handler> = {
  mdxJsxFlowElement: jsxToElement,
  mdxJsxTextElement: jsxToElement,
  mdxFlowExpression: () => undefined,
  mdxTextExpression: () => undefined,
  mdxjsEsm: () => undefined,
};

/**
 * mdast → hast with raw HTML parsed into elements (so it can be checked), lower-case MDX JSX kept as
 * HTML elements, and other MDX (components, expressions, imports) dropped: the checks report those.
 */
export function markdownToHast(nodes: readonly RootContent[], options: ToHastOptions = {}): HastRoot {
  const root: Root = { type: 'root', children: [...nodes] };
  const handlers: Record<string, Handler> = { ...MDX_HANDLERS };
  if (options.onCode) {
    const onCode = options.onCode;
    handlers.code = (_state: State, node: Code): Element => ({
      type: 'element',
      tagName: 'div',
      properties: { [CODE_SLOT]: onCode(node) },
      children: [],
      position: node.position,
    });
  }
  const tree = toHast(root, { allowDangerousHtml: true, handlers }) as HastRoot;
  // Re-parsing through parse5 is slow; only Markdown with raw HTML in it needs it.
  return hasRaw(tree) ? (raw(tree) as HastRoot) : tree;
}

function jsxToElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element | undefined {
  if (!node.name || !/^[a-z][a-z0-9-]*$/.test(node.name)) return undefined;
  const attributes: Record<string, string | boolean> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) continue;
    attributes[attribute.name === 'className' ? 'class' : attribute.name] = attribute.value ?? true;
  }
  const element = h(node.name, attributes, state.all(node) as ElementContent[]);
  element.position = node.position;
  return element;
}

function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'raw') return true;
  return (node.children as Array<{ type: string; children?: unknown[] }> | undefined)?.some(hasRaw) ?? false;
}
