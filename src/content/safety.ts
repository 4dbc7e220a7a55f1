import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { truncate } from './describe.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import type { LocatedElement } from './html-elements.ts';
import { normaliseUrl } from './links.ts';

/** Elements that run script or pull active content into the page. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'noscript', 'template', 'portal']);
const SCRIPT_SCHEMES = /^(javascript|vbscript|livescript):/;
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'cite', 'background', 'ping', 'srcSet', 'manifest', 'codeBase']);
const SAFE_DATA_URL = /^data:image\/(png|jpe?g|gif|webp|avif);/;


/** Reports raw HTML that could run script: such a guide never reaches a page. */
export function checkHtmlSafety(elements: readonly LocatedElement[], sink: DiagnosticSink): void {
  for (const { element, line: at } of elements) {
    if (ACTIVE_ELEMENTS.has(element.tagName)) {
      sink.report(at, 'html', 'Markdown or plain HTML without script', `a <${element.tagName}> element`, 'remove it; code to show belongs in a fenced code block');
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on[a-z]/i.test(name)) {
        sink.report(at, 'html', 'HTML attributes without event handlers', `${attributeName(name)}="${truncate(String(value), 40)}" on <${element.tagName}>`, 'remove the event handler attribute');
        continue;
      }
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item !== 'string') continue;
        const scheme = normaliseUrl(item);
        const dataUrl = URL_PROPERTIES.has(name) && scheme.startsWith('data:') && !(element.tagName === 'img' && SAFE_DATA_URL.test(scheme));
        if (SCRIPT_SCHEMES.test(scheme) || dataUrl) {
          sink.report(at, 'link', 'an http(s), relative or #fragment URL', JSON.stringify(truncate(item, 60)), 'script URLs are not allowed in guides');
        }
      }
    }
  }
}

/** MDX features that would run code at build time: imports, expressions and components. */
export function checkMdxSafety(root: Root | { children: RootContent[] }, sink: DiagnosticSink): void {
  visit(root as Root, (node) => {
    const at = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') sink.report(at, 'mdx', 'Markdown without import or export', 'an import/export statement', 'guides cannot load code; remove it');
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment((node as { value: string }).value)) {
      sink.report(at, 'mdx', 'Markdown without {expressions}', `{${truncate((node as { value: string }).value, 40)}}`, 'escape the brace as \\{ or remove the expression');
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as { name: string | null; attributes: Array<MdxJsxAttribute | { type: string }> };
      if (!element.name || !/^[a-z][a-z0-9-]*$/.test(element.name)) {
        sink.report(at, 'mdx', 'plain HTML elements (lower-case)', `<${element.name ?? ''}>`, 'components are not available in guides; use Markdown');
      }
      for (const attribute of element.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || isExpression((attribute as MdxJsxAttribute).value)) {
          sink.report(at, 'mdx', 'string attribute values', 'an {expression} attribute', 'write the value as a quoted string');
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

function attributeName(property: string): string {
  return property.toLowerCase();
}
