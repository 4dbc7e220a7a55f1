import type { Element } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { DiagnosticSink } from './diagnostics.ts';
import type { LocatedElement } from './html-elements.ts';
import { normaliseUrl } from './links.ts';
import { attributeName, type Removal } from '../render/sanitize.ts';

/** Elements that run script or pull active content into the page. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'noscript',
  'template',
  'portal',
]);
const SCRIPT_SCHEMES = /^(javascript|vbscript|livescript):/;
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'data',
  'poster',
  'cite',
  'background',
  'ping',
  'srcSet',
  'manifest',
  'codeBase',
]);

/** Elements a friendly check already reported, with the properties (or `*`, the element) it named. */
export type Reported = Map<Element, Set<string>>;

/**
 * Reports raw HTML that could run script, in words an author knows. The sanitiser is the guarantee;
 * this names the usual mistakes first.
 */
export function checkHtmlSafety(
  elements: readonly LocatedElement[],
  sink: DiagnosticSink,
): Reported {
  const reported: Reported = new Map();
  const mark = (element: Element, what: string) =>
    reported.set(element, (reported.get(element) ?? new Set()).add(what));
  for (const { element, line: at } of elements) {
    if (ACTIVE_ELEMENTS.has(element.tagName)) {
      sink.add('html.active-element', at, 'html', { tag: element.tagName });
      mark(element, '*');
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on[a-z]/i.test(name)) {
        sink.add('html.event-handler', at, 'html', {
          attribute: attributeName(name),
          value: String(value),
          tag: element.tagName,
        });
        mark(element, name);
        continue;
      }
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item !== 'string') continue;
        const scheme = normaliseUrl(item);
        if (
          SCRIPT_SCHEMES.test(scheme) ||
          (URL_PROPERTIES.has(name) && scheme.startsWith('data:'))
        ) {
          sink.add('link.script-url', at, 'link', { url: item });
          mark(element, name);
          break;
        }
      }
    }
  }
  return reported;
}

/** Everything else the allowlist removes, one line each: nothing a guide says is dropped silently. */
export function reportRemovals(
  removals: readonly Removal[],
  reported: Reported,
  sink: DiagnosticSink,
): void {
  const seen = new Set<string>();
  for (const removal of removals) {
    const already = removal.element && reported.get(removal.element);
    if (already && (already.has('*') || already.has(removal.property ?? '*'))) continue;
    const key = `${removal.line}|${removal.what}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sink.add('html.removed', removal.line ?? 1, 'html', { what: removal.what, why: removal.why });
  }
}

/** MDX features that would run code at build time: imports, expressions and components. */
export function checkMdxSafety(
  root: Root | { children: RootContent[] },
  sink: DiagnosticSink,
): void {
  visit(root as Root, (node) => {
    const at = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') sink.add('mdx.import', at, 'mdx');
    if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !isComment((node as { value: string }).value)
    ) {
      sink.add('mdx.expression', at, 'mdx', { expression: (node as { value: string }).value });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as {
        name: string | null;
        attributes: Array<MdxJsxAttribute | { type: string }>;
      };
      if (!element.name || !/^[a-z][a-z0-9-]*$/.test(element.name)) {
        sink.add('mdx.component', at, 'mdx', { name: element.name ?? '' });
      }
      for (const attribute of element.attributes) {
        if (
          attribute.type !== 'mdxJsxAttribute' ||
          isExpression((attribute as MdxJsxAttribute).value)
        ) {
          sink.add('mdx.expression-attribute', at, 'mdx');
        }
      }
    }
  });
}

function isExpression(value: MdxJsxAttribute['value']): boolean {
  return value !== null && value !== undefined && typeof value === 'object';
}

function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}
