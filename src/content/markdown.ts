import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { contentKey, writeCacheFile } from '../cache/disk-cache.ts';
import type { DiagnosticSink } from './diagnostics.ts';

/**
 * Parses a guide body (GFM; MDX syntax for `.mdx`) into mdast whose positions are file lines,
 * or reports why it cannot be read.
 */
export function parseMarkdown(body: string, bodyStartLine: number, isMdx: boolean, sink: DiagnosticSink, cacheDir?: string): Root | undefined {
  let root: Root;
  try {
    root = cached(body, bodyStartLine, isMdx, cacheDir);
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const line = place?.line ?? place?.start?.line ?? 1;
    const reason = (error as { reason?: string }).reason ?? String(error);
    sink.report(line + bodyStartLine - 1, 'markdown', 'valid MDX', `a syntax error (${reason})`, 'in .mdx files escape "<" and "{" as \\< and \\{, or use a .md file');
    return undefined;
  }
  return root;
}

/** Bump when the parser or its extensions change, so cached trees are parsed again. */
const PARSE_VERSION = 'mdast-v1';

/**
 * micromark is the slowest step of reading a guide, so a parsed tree is kept on disk under the
 * hash of its text (a rebuild re-parses only the guides that changed).
 */
function cached(body: string, bodyStartLine: number, isMdx: boolean, cacheDir: string | undefined): Root {
  const parse = () =>
    offsetLines(
      isMdx
        ? fromMarkdown(body, { extensions: [gfm(), mdxjs()], mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()] })
        : fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
      bodyStartLine - 1,
    );
  if (!cacheDir) return parse();
  // Lines are file lines, so the body's first line is part of the key.
  const file = join(cacheDir, `${contentKey(PARSE_VERSION, isMdx, bodyStartLine, body)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Root;
  } catch {
    const root = parse();
    writeCacheFile(file, JSON.stringify(root));
    return root;
  }
}

function offsetLines(root: Root, offset: number): Root {
  if (offset > 0) {
    // Points may be shared between nodes: move each one once.
    const moved = new Set<object>();
    visit(root, (node) => {
      for (const point of [node.position?.start, node.position?.end]) {
        if (point && !moved.has(point)) {
          moved.add(point);
          point.line += offset;
        }
      }
    });
  }
  return root;
}
