import type { ShownError, TypeHover, TypeInfo } from '../examples/type-info.ts';
import { escapeAttribute, escapeText } from './highlight.ts';
import { FILLER, splitListing } from './aligned-code.ts';
import { htmlText } from './html-text.ts';

/** After alignment a line may be marked (`line ts-added`) or a filler. */
const ANY_LINE = '<span class="line';

const LINE_OPEN = /^<span class="line[^"]*">/;
const TOKEN = /<span class="([^"]*)">([^<]*)<\/span>|([^<]+)/g;

/**
 * The aligned pair with the TypeScript pane's identifiers made type targets: each shows its type on
 * hover and focus (`data-type`, drawn by CSS), the first is the pane's one tab stop and arrow keys
 * move between the rest (src/client/type-hovers.ts). Each error an example expects (`// @errors`)
 * is a note under its line, with a blank line opposite in the original so the lines stay aligned.
 */
export function withTypeTargets(
  aligned: { original: string; tsVersion: string },
  info: TypeInfo | undefined,
): { original: string; tsVersion: string } {
  if (!info || (info.hovers.length === 0 && info.errors.length === 0)) return aligned;
  const left = splitListing(aligned.original, ANY_LINE);
  const right = splitListing(aligned.tsVersion, ANY_LINE);
  if (!left || !right || left.lines.length !== right.lines.length) return aligned;
  const hoversByLine = groupByLine(info.hovers);
  const errorsByLine = groupByLine(info.errors);
  const originalLines: string[] = [];
  const tsLines: string[] = [];
  let sourceLine = 0;
  let targets = 0;
  right.lines.forEach((line, row) => {
    originalLines.push(left.lines[row] ?? FILLER);
    if (line.startsWith('<span class="line filler"')) {
      tsLines.push(line);
      return;
    }
    const errors = errorsByLine.get(sourceLine) ?? [];
    const hovers = hoversByLine.get(sourceLine) ?? [];
    const decorated = decorateLine(line, hovers, errors, targets === 0);
    targets += decorated.targets;
    tsLines.push(decorated.html);
    for (const error of errors) {
      originalLines.push(FILLER);
      tsLines.push(errorNote(error));
    }
    sourceLine++;
  });
  // The first target is the pane's tab stop, so the listing itself need not be one.
  const open = targets > 0 ? right.open.replace(' tabindex="0"', '') : right.open;
  return {
    original: left.open + originalLines.join('\n') + left.close,
    tsVersion: open + tsLines.join('\n') + right.close,
  };
}

function groupByLine<T extends { line: number; character: number }>(
  items: readonly T[],
): Map<number, T[]> {
  const byLine = new Map<number, T[]>();
  for (const item of items) byLine.set(item.line, [...(byLine.get(item.line) ?? []), item]);
  for (const list of byLine.values()) list.sort((a, b) => a.character - b.character);
  return byLine;
}

/**
 * Wraps each identifier that lies inside one token in a target, and underlines the code an expected
 * error points at (as an editor's squiggle); tokens are split where needed.
 */
function decorateLine(
  line: string,
  hovers: readonly TypeHover[],
  errors: readonly ShownError[],
  firstInPane: boolean,
): { html: string; targets: number } {
  const open = LINE_OPEN.exec(line)?.[0];
  if (!open || (hovers.length === 0 && errors.length === 0) || !line.endsWith('</span>'))
    return { html: line, targets: 0 };
  const inner = line.slice(open.length, -'</span>'.length);
  const inError = (from: number) =>
    errors.some((e) => e.character <= from && from < e.character + Math.max(e.length, 1));
  let column = 0;
  let targets = 0;
  let html = '';
  for (const token of inner.matchAll(TOKEN)) {
    const className = token[1];
    const text = htmlText(token[2] ?? token[3] ?? '');
    const end = column + text.length;
    const inside = hovers.filter((h) => h.character >= column && h.character + h.length <= end);
    const edges = [
      ...inside.flatMap((h) => [h.character, h.character + h.length]),
      ...errors
        .flatMap((e) => [e.character, e.character + e.length])
        .filter((at) => at > column && at < end),
    ];
    // Most tokens have nothing to wrap or split: they are written whole, with no cuts to sort.
    const points =
      edges.length === 0 && end > column
        ? [column, end]
        : [...new Set([column, end, ...edges])].sort((a, b) => a - b);
    for (const [i, from] of points.slice(0, -1).entries()) {
      const to = points[i + 1] as number;
      const part = escapeText(text.slice(from - column, to - column));
      const hover = inside.find((h) => h.character === from && h.character + h.length === to);
      const classes = [className, hover && 'tt', inError(from) && 'te'].filter(Boolean).join(' ');
      if (hover) {
        // The rest become focusable (tabindex -1) when the keyboard script loads: less HTML.
        const tabStop = firstInPane && targets === 0 ? ' tabindex="0"' : '';
        html += `<span class="${classes}"${tabStop} data-type="${escapeAttribute(hover.text)}">${part}</span>`;
        targets++;
      } else html += classes ? `<span class="${classes}">${part}</span>` : part;
    }
    column = end;
  }
  return { html: `${open}${html}</span>`, targets };
}

/** Not a `.line`: the runner and the copy button read the program from the lines alone. */
function errorNote(error: ShownError): string {
  const indent = ' '.repeat(error.character);
  return `<span class="type-error" role="note">${indent}<span class="type-error-text">error TS${error.code}: ${escapeText(error.message)}</span></span>`;
}
