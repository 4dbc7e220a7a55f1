import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { h } from 'hastscript';
import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { type Handler, type State, toHast } from 'mdast-util-to-hast';
import { randomUUID } from 'node:crypto';
import type { VFile } from 'vfile';

/** hast property (attribute `data-code-slot`) of the element standing in for a code block until it is highlighted. */
export const CODE_SLOT = 'dataCodeSlot';
/** Slot values carry a secret of this process, so a `data-code-slot` written in a guide is never taken for one. */
const CODE_SLOT_SECRET = randomUUID();
/** What a real slot's value looks like; the sanitiser lets only these through. */
export const CODE_SLOT_VALUE = new RegExp(`^${CODE_SLOT_SECRET}:\\d+$`);

/** The index of the code block a slot element stands for, if it is one of ours. */
export function codeSlotIndex(value: unknown): number | undefined {
  return typeof value === 'string' && CODE_SLOT_VALUE.test(value)
    ? Number(value.slice(CODE_SLOT_SECRET.length + 1))
    : undefined;
}

export interface ToHastOptions {
  /** Called for each code block with its index among the fragment's code blocks. */
  onCode?: (node: Code) => number;
  /** The guide's text: raw HTML parsed in context keeps its file lines only with it. */
  source?: string | undefined;
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
export function markdownToHast(
  nodes: readonly RootContent[],
  options: ToHastOptions = {},
): HastRoot {
  const root: Root = { type: 'root', children: [...nodes] };
  const handlers: Record<string, Handler> = { ...MDX_HANDLERS };
  if (options.onCode) {
    const onCode = options.onCode;
    handlers.code = (_state: State, node: Code): Element => ({
      type: 'element',
      tagName: 'div',
      properties: { [CODE_SLOT]: `${CODE_SLOT_SECRET}:${onCode(node)}` },
      children: [],
      position: node.position,
    });
  }
  const tree = toHast(root, { allowDangerousHtml: true, handlers }) as HastRoot;
  // Re-parsing through parse5 is slow; only Markdown with raw HTML in it needs it.
  if (!hasRaw(tree)) return tree;
  const source = options.source;
  // hast-util-raw reads positions from the file's text when given it; it only calls toString() on it.
  const file = source === undefined ? undefined : ({ toString: () => source } as unknown as VFile);
  return raw(tree, { file }) as HastRoot;
}

function jsxToElement(
  state: State,
  node: MdxJsxFlowElement | MdxJsxTextElement,
): Element | undefined {
  if (!node.name || !/^[a-z][a-z0-9-]*$/.test(node.name)) return undefined;
  // Own properties only: an attribute named __proto__ must not reach the object's prototype.
  const attributes: Record<string, string | boolean> = Object.fromEntries(
    node.attributes.flatMap((attribute) =>
      attribute.type !== 'mdxJsxAttribute' ||
      (attribute.value !== null && typeof attribute.value === 'object')
        ? []
        : [[attribute.name === 'className' ? 'class' : attribute.name, attribute.value ?? true]],
    ),
  );
  const element = h(node.name, attributes, state.all(node) as ElementContent[]);
  element.position = node.position;
  return element;
}

function hasRaw(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'raw') return true;
  return (
    (node.children as Array<{ type: string; children?: unknown[] }> | undefined)?.some(hasRaw) ??
    false
  );
}
