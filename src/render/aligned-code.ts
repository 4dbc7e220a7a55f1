import { alignLines } from './align-lines.ts';
import { htmlText } from './html-text.ts';

const LISTING = /^(<pre\b[^>]*><code\b[^>]*>)([\s\S]*)(<\/code><\/pre>)$/;
const LINE_START = '<span class="line">';
/** A blank line opposite a line only the other listing has; it is not part of the program. */
export const FILLER = '<span class="line filler" aria-hidden="true"></span>';

/**
 * A highlighted listing split into its lines, when every line starts with `lineStart`: plain
 * lines (`<span class="line">`, the default) before alignment, or any line (`<span class="line`)
 * after it, when lines may be marked or fillers.
 */
export function splitListing(
  html: string,
  lineStart: string = LINE_START,
): { open: string; lines: string[]; close: string } | undefined {
  const match = LISTING.exec(html);
  if (!match) return undefined;
  const lines = (match[2] ?? '').split('\n');
  if (!lines.every((line) => line.startsWith(lineStart))) return undefined;
  return { open: match[1] ?? '', lines, close: match[3] ?? '' };
}

/**
 * Two highlighted listings with their lines aligned: a blank filler line opposite each line only one
 * side has, and the TypeScript lines that differ marked (`ts-added`, `ts-changed`). Listings the
 * highlighter did not split into lines are returned as they were.
 */
export function alignCodeHtml(
  originalHtml: string,
  tsVersionHtml: string,
): { original: string; tsVersion: string } {
  const left = splitListing(originalHtml);
  const right = splitListing(tsVersionHtml);
  if (!left || !right) return { original: originalHtml, tsVersion: tsVersionHtml };
  const rows = alignLines(left.lines.map(htmlText), right.lines.map(htmlText));
  const mark = (line: string, kind: string) =>
    `<span class="line ts-${kind}">${line.slice(LINE_START.length)}`;
  const leftLines = rows.map((row) =>
    row.left === undefined ? FILLER : (left.lines[row.left] ?? ''),
  );
  const rightLines = rows.map((row) => {
    if (row.right === undefined) return FILLER;
    const line = right.lines[row.right] ?? '';
    return row.kind === 'same' ? line : mark(line, row.kind);
  });
  return {
    original: left.open + leftLines.join('\n') + left.close,
    tsVersion: right.open + rightLines.join('\n') + right.close,
  };
}
