import { distance } from 'fastest-levenshtein';

/** One row of two aligned code listings: a line of each (or a gap), and how the second differs. */
export interface AlignedRow {
  left: number | undefined;
  right: number | undefined;
  kind: 'same' | 'changed' | 'added' | 'removed';
}

const normalise = (line: string) => line.replace(/\s+/g, ' ').trim();

/** The distinct characters of a line (UTF-16 code units, as the distance counts them) and how often each occurs. */
interface Characters {
  codes: number[];
  counts: number[];
}

function charactersOf(line: string): Characters {
  const counts = new Map<number, number>();
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return { codes: [...counts.keys()], counts: [...counts.values()] };
}

/**
 * A lower bound of the edit distance from the characters alone: an edit changes at most one
 * character's count up and one down, so at least the longer line's characters that the other
 * lacks must be edited. Cheap next to the distance itself, which most pairs of lines never need.
 */
function distanceAtLeast(longest: number, countsHere: Int32Array, other: Characters): number {
  let common = 0;
  for (let k = 0; k < other.codes.length; k++)
    common += Math.min(countsHere[other.codes[k] as number] as number, other.counts[k] as number);
  return longest - common;
}

/** Each line's number among the distinct lines, and those lines. */
function intern(lines: readonly string[]): { ids: number[]; lines: string[] } {
  const seen = new Map<string, number>();
  const ids = lines.map((line) => {
    let id = seen.get(line);
    if (id === undefined) seen.set(line, (id = seen.size));
    return id;
  });
  return { ids, lines: [...seen.keys()] };
}

/** Lines this alike (edit distance over length) count as one line changed, not one removed and one added. */
const SIMILAR = 0.5;

/**
 * Aligns two versions of a program line by line (a weighted longest common subsequence): equal
 * lines score 3, similar lines 1, so the TypeScript version's extra lines fall into gaps opposite
 * the JavaScript and its annotated lines sit beside the lines they annotate.
 */
export function alignLines(left: readonly string[], right: readonly string[]): AlignedRow[] {
  const a = left.map(normalise);
  const b = right.map(normalise);
  return alignByScore(a.length, b.length, (i, j) => a[i] === b[j], lineScores(a, b));
}

/**
 * How well line i of `a` pairs with line j of `b`: 3 equal, 1 similar (edit distance at most half
 * the longer line), -1 neither. A listing repeats lines (`}`, `return result;`), so each distinct
 * pair of lines is compared once, and the distance is skipped when the characters rule it out.
 */
export function lineScores(
  a: readonly string[],
  b: readonly string[],
): (i: number, j: number) => number {
  const distinctA = intern(a);
  const distinctB = intern(b);
  // Each line of `b` counted by character when a pair first needs it.
  const charactersB: (Characters | undefined)[] = [];
  // The counts of one line of `a` by character, set while its row is compared (see distanceAtLeast).
  const countsHere = new Int32Array(0x10000);
  let countedLine = -1;
  const isSimilar = (x: number, y: number): boolean => {
    const p = distinctA.lines[x] as string;
    const q = distinctB.lines[y] as string;
    const longest = Math.max(p.length, q.length);
    if (longest === 0) return true;
    const limit = longest * SIMILAR;
    if (Math.abs(p.length - q.length) > limit) return false;
    if (countedLine !== x) {
      const before = distinctA.lines[countedLine] ?? '';
      for (let k = 0; k < before.length; k++) countsHere[before.charCodeAt(k)] = 0;
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k);
        countsHere[c] = (countsHere[c] ?? 0) + 1;
      }
      countedLine = x;
    }
    const other = (charactersB[y] ??= charactersOf(q));
    if (distanceAtLeast(longest, countsHere, other) > limit) return false;
    return distance(p, q) <= limit;
  };
  const width = distinctB.lines.length;
  const known = new Int8Array(distinctA.lines.length * width); // 0 not yet compared, 1 similar, -1 not
  return (i, j) => {
    if (a[i] === b[j]) return 3;
    const x = distinctA.ids[i] as number;
    const y = distinctB.ids[j] as number;
    const cell = x * width + y;
    if (known[cell] === 0) known[cell] = isSimilar(x, y) ? 1 : -1;
    return known[cell] as number;
  };
}

/**
 * The weighted longest common subsequence of two listings of n and m lines, scored by `pair`
 * (`equal` is its cheap part). A similar pair adds 1 to the score of the rest, so it can only
 * raise a cell that neither neighbour already brings to that: elsewhere its edit distance is never
 * computed, which spares most pairs of a long listing.
 */
function alignByScore(
  n: number,
  m: number,
  equal: (i: number, j: number) => boolean,
  pair: (i: number, j: number) => number,
): AlignedRow[] {
  const width = m + 1;
  const score = new Int32Array((n + 1) * width);
  const at = (i: number, j: number) => score[i * width + j] as number;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const best = Math.max(at(i + 1, j), at(i, j + 1));
      const diagonal = at(i + 1, j + 1);
      score[i * width + j] = equal(i, j)
        ? Math.max(best, 3 + diagonal)
        : best < diagonal + 1 && pair(i, j) > 0
          ? diagonal + 1
          : best;
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const p = i < n && j < m ? pair(i, j) : -1;
    if (p > 0 && at(i, j) === p + at(i + 1, j + 1)) {
      rows.push({ left: i, right: j, kind: p === 3 ? 'same' : 'changed' });
      i++;
      j++;
    } else if (j < m && (i >= n || at(i, j) === at(i, j + 1))) {
      rows.push({ left: undefined, right: j, kind: 'added' });
      j++;
    } else {
      rows.push({ left: i, right: undefined, kind: 'removed' });
      i++;
    }
  }
  return rows;
}
