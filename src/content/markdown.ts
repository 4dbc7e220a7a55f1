import type { Root } from 'mdast';
import type { Position } from 'unist';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { contentKey } from '../cache/disk-cache.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import { checkMarkdownSource, checkTreeDepth } from './limits.ts';
import { sectionStarts } from './markdown-chunks.ts';

/**
 * Parses a guide body (GFM; MDX syntax for `.mdx`) into mdast whose positions are file lines,
 * or reports why it cannot be read.
 */
/** Parsed trees kept between runs under a key of their text; the caller decides where (disk, memory). */
export interface MarkdownCache {
  get(key: string): Root | undefined;
  set(key: string, root: Root): void;
}

export function parseMarkdown(
  body: string,
  bodyStartLine: number,
  bodyStartOffset: number,
  isMdx: boolean,
  sink: DiagnosticSink,
  cache?: MarkdownCache,
): Root | undefined {
  if (!checkMarkdownSource(body, bodyStartLine, sink)) return undefined;
  let root: Root;
  try {
    root = cached(body, bodyStartLine, bodyStartOffset, isMdx, cache);
  } catch (error) {
    if (error instanceof RangeError) {
      sink.add('limits.parser-depth', bodyStartLine, 'markdown', { isMdx });
      return undefined;
    }
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const line = place?.line ?? place?.start?.line ?? 1;
    const reason = (error as { reason?: string }).reason ?? String(error);
    if (isMdx) sink.add('markdown.mdx-syntax', line + bodyStartLine - 1, 'markdown', { reason });
    else sink.add('markdown.syntax', line + bodyStartLine - 1, 'markdown', { reason });
    return undefined;
  }
  return checkTreeDepth(root, sink) ? root : undefined;
}

/** Bump when the parser or its extensions change, so cached trees are parsed again. */
const PARSE_VERSION = 'mdast-v4';

/**
 * micromark is the slowest step of reading a guide, so a parsed tree is kept on disk under the
 * hash of its text (a rebuild re-parses only the guides that changed).
 */
function cached(
  body: string,
  bodyStartLine: number,
  bodyStartOffset: number,
  isMdx: boolean,
  cache: MarkdownCache | undefined,
): Root {
  const whole = (text: string) =>
    isMdx
      ? fromMarkdown(text, {
          extensions: [gfm(), mdxjs()],
          mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()],
        })
      : fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  // Markdown is parsed section by section (same tree, linear cost); MDX whole, as JSX may span sections.
  const parse = () =>
    isMdx
      ? offsetLines(whole(body), bodyStartLine - 1, bodyStartOffset)
      : bySection(body, whole, bodyStartLine, bodyStartOffset);
  if (!cache) return parse();
  // Positions are file positions, so where the body starts is part of the key.
  const key = contentKey(PARSE_VERSION, isMdx, bodyStartLine, bodyStartOffset, body);
  const found = cache.get(key);
  if (found) return found;
  const root = parse();
  cache.set(key, root);
  return root;
}

/** Parses each section alone and joins the trees, positions made file positions. */
function bySection(
  body: string,
  parse: (text: string) => Root,
  bodyStartLine: number,
  bodyStartOffset: number,
): Root {
  const starts = sectionStarts(body);
  const children: Root['children'] = [];
  let line = bodyStartLine;
  for (const [i, start] of starts.entries()) {
    const text = body.slice(start, starts[i + 1] ?? body.length);
    children.push(...offsetLines(parse(text), line - 1, bodyStartOffset + start).children);
    line += text.split('\n').length - 1;
  }
  const end = {
    line,
    column: body.length - body.lastIndexOf('\n'),
    offset: bodyStartOffset + body.length,
  };
  return {
    type: 'root',
    children,
    position: { start: { line: bodyStartLine, column: 1, offset: bodyStartOffset }, end },
  };
}

/** Makes positions file positions (lines and offsets), without recursion: depth is checked after. */
function offsetLines(root: Root, lineOffset: number, offset: number): Root {
  if (lineOffset === 0 && offset === 0) return root;
  // Points may be shared between nodes: move each one once.
  const moved = new Set<object>();
  const stack: Array<{ position?: Position | undefined; children?: unknown[] }> = [root];
  while (stack.length > 0) {
    const node = stack.pop() as (typeof stack)[number];
    for (const point of [node.position?.start, node.position?.end]) {
      if (point && !moved.has(point)) {
        moved.add(point);
        point.line += lineOffset;
        if (point.offset !== undefined) point.offset += offset;
      }
    }
    for (const child of (node.children ?? []) as Array<(typeof stack)[number]>) stack.push(child);
  }
  return root;
}
