import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { alignLines, lineScores } from '../../src/render/align-lines.ts';
import { alignCodeHtml } from '../../src/render/aligned-code.ts';

describe('alignLines', () => {
  it('puts lines the TypeScript adds opposite gaps and annotated lines beside their originals', () => {
    const js = ["import x from 'y';", 'function f(a, b) {', '  return a + b;', '}'];
    const ts = [
      "import x from 'y';",
      'type N = number;',
      'function f(a: N, b: N): N {',
      '  return a + b;',
      '}',
    ];
    expect(alignLines(js, ts).map((r) => r.kind)).toEqual([
      'same',
      'added',
      'changed',
      'same',
      'same',
    ]);
  });

  it('keeps every line of both versions, in order', () => {
    const rows = alignLines(['a', 'b', 'c'], ['x', 'b', 'y', 'z']);
    expect(rows.flatMap((r) => (r.left === undefined ? [] : [r.left]))).toEqual([0, 1, 2]);
    expect(rows.flatMap((r) => (r.right === undefined ? [] : [r.right]))).toEqual([0, 1, 2, 3]);
  });

  it('scores every pair of lines as their edit distance says, shortcuts or not', () => {
    // Each distinct pair is compared once and the characters may rule a pair out: no score changes.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const words = ['const', 'x', '=', 'queue', '.push(', 'n:', 'number', '}', '=>', 'é', '😀', ''];
    const line = () =>
      Array.from({ length: random(7) }, () => words[random(words.length)]).join(' ');
    for (let round = 0; round < 200; round++) {
      const pool = Array.from({ length: 6 }, line);
      const listing = () => Array.from({ length: random(12) }, () => pool[random(6)] ?? '');
      const a = listing();
      const b = listing();
      const scores = lineScores(a, b);
      const got = a.map((_, i) => b.map((_, j) => scores(i, j)));
      expect(got, `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toEqual(
        a.map((x) => b.map((y) => byDefinition(x, y))),
      );
    }
  });

  it('aligns as the full table of scores would, though it skips pairs that cannot matter', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const words = ['const', 'x', '=', 'queue', '.push(', 'n:', 'number', '}', 'return', ''];
    const line = () =>
      Array.from({ length: random(6) }, () => words[random(words.length)]).join(' ');
    for (let round = 0; round < 300; round++) {
      // Lines and annotated copies of them (a word more), so many pairs are similar, not equal.
      const plain = Array.from({ length: 4 }, line);
      const pool = [...plain, ...plain.map((l) => `${l} ${words[random(words.length)]}`)];
      const listing = () => Array.from({ length: random(25) }, () => pool[random(8)] ?? '');
      const a = listing();
      const b = listing();
      expect(alignLines(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toEqual(
        alignedByDefinition(a, b),
      );
    }
  });
});

/** The alignment from every pair's score, each computed: what the shortcuts must not change. */
function alignedByDefinition(a: string[], b: string[]) {
  const n = a.length;
  const m = b.length;
  // Compared as alignLines compares them: runs of white space as one space, ends trimmed.
  const normal = (line = '') => line.replace(/\s+/g, ' ').trim();
  const pair = (i: number, j: number) => byDefinition(normal(a[i]), normal(b[j]));
  const score = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number) => score[i]?.[j] ?? 0;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const p = pair(i, j);
      score[i]![j] = Math.max(at(i + 1, j), at(i, j + 1), p > 0 ? p + at(i + 1, j + 1) : -Infinity);
    }
  const rows: { left: number | undefined; right: number | undefined; kind: string }[] = [];
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

/** 3 for equal lines, 1 when the edit distance is at most half the longer line, else -1. */
function byDefinition(x: string, y: string): number {
  const longest = Math.max(x.length, y.length);
  return x === y ? 3 : longest === 0 || distance(x, y) / longest <= 0.5 ? 1 : -1;
}

describe('alignCodeHtml', () => {
  const listing = (lines: string[]) =>
    `<pre class="code" tabindex="0"><code>${lines.map((l) => `<span class="line">${l}</span>`).join('\n')}</code></pre>`;

  it('adds aria-hidden filler lines and marks what the TypeScript version adds', () => {
    const { original, tsVersion } = alignCodeHtml(
      listing(['let a = 1;']),
      listing(['type A = number;', 'let a: A = 1;']),
    );
    expect(original).toContain(
      '<span class="line filler" aria-hidden="true"></span>\n<span class="line">let a = 1;</span>',
    );
    expect(tsVersion).toContain('<span class="line ts-added">type A = number;</span>');
    expect(tsVersion).toContain('<span class="line ts-changed">let a: A = 1;</span>');
  });

  it('leaves listings it cannot split into lines as they were', () => {
    const plain = '<pre><code>x</code></pre>';
    expect(alignCodeHtml(plain, plain)).toEqual({ original: plain, tsVersion: plain });
  });
});
