import type { Root } from 'mdast';
import type { DiagnosticSink } from './diagnostics.ts';

import { LIMITS } from './limits-values.ts';

export { LIMITS };

/** The guide's size, before anything parses it. */
export function checkSize(bytes: number, sink: DiagnosticSink): boolean {
  if (bytes <= LIMITS.guideBytes) return true;
  sink.add('limits.file-size', 1, 'file', { bytes });
  return false;
}

/** Container nesting and delimiter runs, read line by line before the Markdown parser sees them. */
export function checkMarkdownSource(
  body: string,
  bodyStartLine: number,
  sink: DiagnosticSink,
): boolean {
  const lines = body.split('\n');
  let ok = true;
  let inFence: string | undefined;
  lines.forEach((text, index) => {
    const line = bodyStartLine + index;
    // Code is not Markdown: a fenced block's indentation and characters are its own.
    const fence = /^[\s>]*(?:(?:[-+*]|\d{1,9}[.)])\s+)*(`{3,}|~{3,})/.exec(text)?.[1];
    if (inFence) {
      const closing = /^[\s>]*(`{3,}|~{3,})\s*$/.exec(text)?.[1];
      if (closing && closing[0] === inFence[0] && closing.length >= inFence.length)
        inFence = undefined;
      return;
    }
    if (fence) {
      inFence = fence;
      return;
    }
    const depth = containerDepth(text);
    if (depth > LIMITS.markdownNesting) {
      ok = false;
      sink.add('limits.container-nesting', line, 'markdown', { depth });
    }
    const run = /([*_~[\]])\1{99,}/.exec(text);
    if (run) {
      ok = false;
      const length = /^([*_~[\]])\1*/.exec(text.slice(run.index))?.[0].length ?? 0;
      sink.add('limits.delimiter-run', line, 'markdown', { character: run[1] ?? '', length });
    }
  });
  return ok;
}

/** `> > - > text` is 4 levels: each `>` and each list marker; indentation counts a level per 2 columns. */
function containerDepth(text: string): number {
  const prefix = /^[\s>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[\s>]*)*/.exec(text)?.[0] ?? '';
  const quotes = prefix.split('>').length - 1;
  const markers = (prefix.match(/(?:^|[\s>])(?:[-+*]|\d{1,9}[.)])[ \t]/g) ?? []).length;
  const indent = /^[ \t]*/.exec(text)?.[0].replace(/\t/g, '    ').length ?? 0;
  return quotes + markers + Math.floor(indent / 2);
}

/** Depth of the parsed tree and of the raw HTML in it, measured without recursion. */
export function checkTreeDepth(root: Root, sink: DiagnosticSink): boolean {
  type Walked = {
    type: string;
    children?: unknown[];
    position?: { start: { line: number } } | undefined;
  };
  const stack: Array<{ node: Walked; depth: number }> = [{ node: root, depth: 0 }];
  const open: string[] = [];
  const htmlNodes: Array<{ value: string; line: number }> = [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as (typeof stack)[number];
    if (depth > LIMITS.treeDepth) {
      sink.add('limits.tree-depth', node.position?.start.line ?? 1, 'markdown');
      return false;
    }
    if (node.type === 'html')
      htmlNodes.push({
        value: (node as unknown as { value: string }).value,
        line: node.position?.start.line ?? 1,
      });
    const children = (node.children ?? []) as Walked[];
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as Walked, depth: depth + 1 });
  }
  // Raw HTML spans blocks (an element opened in one and closed in a later one), so one stack serves all;
  // the walk above visits nodes in document order.
  let deepest = 0;
  let firstTooDeep: number | undefined;
  for (const { value, line } of htmlNodes) {
    deepest = Math.max(deepest, scanHtmlDepth(value, open));
    if (deepest > LIMITS.htmlDepth) firstTooDeep ??= line;
  }
  if (firstTooDeep === undefined) return true;
  sink.add('limits.html-depth', firstTooDeep, 'html', { depth: deepest });
  return false;
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Pushes and pops `open` for each tag in `html`; returns the deepest nesting seen. */
function scanHtmlDepth(html: string, open: string[]): number {
  let deepest = open.length;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, rawName = '', selfClosing] = match;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    } else if (!selfClosing && !VOID_ELEMENTS.has(name)) {
      open.push(name);
      deepest = Math.max(deepest, open.length);
    }
  }
  return deepest;
}
