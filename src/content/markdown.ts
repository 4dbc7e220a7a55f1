import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import type { DiagnosticSink } from './diagnostics.ts';

/**
 * Parses a guide body (GFM; MDX syntax for `.mdx`) into mdast whose positions are file lines,
 * or reports why it cannot be read.
 */
export function parseMarkdown(body: string, bodyStartLine: number, isMdx: boolean, sink: DiagnosticSink): Root | undefined {
  let root: Root;
  try {
    root = isMdx
      ? fromMarkdown(body, { extensions: [gfm(), mdxjs()], mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()] })
      : fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const line = place?.line ?? place?.start?.line ?? 1;
    const reason = (error as { reason?: string }).reason ?? String(error);
    sink.report(line + bodyStartLine - 1, 'markdown', 'valid MDX', `a syntax error (${reason})`, 'in .mdx files escape "<" and "{" as \\< and \\{, or use a .md file');
    return undefined;
  }
  const offset = bodyStartLine - 1;
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
