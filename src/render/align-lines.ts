import { distance } from 'fastest-levenshtein';

/** One row of two aligned code listings: a line of each (or a gap), and how the second differs. */
export interface AlignedRow {
  left: number | undefined;
  right: number | undefined;
  kind: 'same' | 'changed' | 'added' | 'removed';
}

const normalise = (line: string) => line.replace(/\s+/g, ' ').trim();

/** Lines this alike (edit distance over length) count as one line changed, not one removed and one added. */
function similar(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  return longest === 0 || distance(a, b) / longest <= 0.5;
}

/**
 * Aligns two versions of a program line by line (a weighted longest common subsequence): equal
 * lines score 3, similar lines 1, so the TypeScript version's extra lines fall into gaps opposite
 * the JavaScript and its annotated lines sit beside the lines they annotate.
 */
export function alignLines(left: readonly string[], right: readonly string[]): AlignedRow[] {
  const a = left.map(normalise);
  const b = right.map(normalise);
  const n = a.length;
  const m = b.length;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const pair = (i: number, j: number) =>
    a[i] === b[j] ? 3 : similar(a[i] ?? '', b[j] ?? '') ? 1 : -1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = score[i] as number[];
      const below = score[i + 1] as number[];
      const p = pair(i, j);
      row[j] = Math.max(
        below[j] as number,
        row[j + 1] as number,
        p > 0 ? p + (below[j + 1] as number) : -Infinity,
      );
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const here = i < n && j < m ? (score[i] as number[])[j] : undefined;
    const p = i < n && j < m ? pair(i, j) : -1;
    if (here !== undefined && p > 0 && here === p + ((score[i + 1] as number[])[j + 1] as number)) {
      rows.push({ left: i, right: j, kind: p === 3 ? 'same' : 'changed' });
      i++;
      j++;
    } else if (j < m && (i >= n || (score[i] as number[])[j] === (score[i] as number[])[j + 1])) {
      rows.push({ left: undefined, right: j, kind: 'added' });
      j++;
    } else {
      rows.push({ left: i, right: undefined, kind: 'removed' });
      i++;
    }
  }
  return rows;
}
