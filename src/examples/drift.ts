import { transform } from 'sucrase';
import { alignLines } from '../render/align-lines.ts';

/** A line of a guide's example that its TypeScript version changed or dropped without saying so. */
export interface DriftedLine {
  /** 0-based line in the guide's block. */
  blockLine: number;
  /** The line as the guide writes it. */
  original: string;
  /** 1-based line in the TypeScript version it sits opposite, if any. */
  tsVersionLine: number | undefined;
}

/** The marker a TypeScript version puts on (or just above) a line it deliberately changes. */
export const FIX_MARKER = /\/\/\s*fix:/i;

const isCode = (line: string) => line.trim() !== '' && !/^\s*(\/\/|\/\*|\*)/.test(line);

/** TypeScript → JavaScript with the types removed and every line kept where it was. */
function stripTypes(source: string): string {
  return transform(source, { transforms: ['typescript'], disableESTransforms: true }).code;
}

/**
 * The rule for a pair: the TypeScript version may add lines around the example (set-up, requests
 * that drive it, printing, clean-up) and may change any line it marks with `// Fix:` (on the line
 * or the line above); every other code line of the original must be there, identical once types
 * are stripped and spacing is ignored.
 */
export function driftedLines(original: string, tsVersion: string): DriftedLine[] {
  const left = original.replace(/\n$/, '').split('\n');
  const written = tsVersion.split('\n');
  const right = stripTypes(tsVersion).split('\n');
  const drifted: DriftedLine[] = [];
  for (const row of alignLines(left, right)) {
    if (row.left === undefined || row.kind === 'same') continue;
    const line = left[row.left] ?? '';
    if (!isCode(line)) continue;
    const marked =
      row.right !== undefined &&
      [written[row.right], written[row.right - 1]].some(
        (l) => l !== undefined && FIX_MARKER.test(l),
      );
    if (!marked)
      drifted.push({
        blockLine: row.left,
        original: line,
        tsVersionLine: row.right === undefined ? undefined : row.right + 1,
      });
  }
  return drifted;
}
