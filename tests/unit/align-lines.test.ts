import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { alignLines } from '../../src/render/align-lines.ts';
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

  it('pairs lines exactly as comparing every pair by edit distance would', () => {
    // The shortcuts (each distinct pair once, a bound from the characters) must not change a row.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const words = [
      'const',
      'x',
      '=',
      'queue',
      '.push(',
      'n:',
      'number',
      '}',
      '=>',
      'é',
      '😀',
      '  ',
    ];
    const line = () =>
      Array.from({ length: random(7) }, () => words[random(words.length)]).join(' ');
    for (let round = 0; round < 200; round++) {
      const pool = Array.from({ length: 6 }, line);
      const listing = () => Array.from({ length: random(12) }, () => pool[random(6)] ?? '');
      const left = listing();
      const right = listing();
      expect(alignLines(left, right), `${JSON.stringify(left)} / ${JSON.stringify(right)}`).toEqual(
        everyPair(left, right),
      );
    }
  });
});

/** The alignment by its definition: every pair of lines compared by edit distance. */
function everyPair(left: string[], right: string[]) {
  const a = left.map((l) => l.replace(/\s+/g, ' ').trim());
  const b = right.map((l) => l.replace(/\s+/g, ' ').trim());
  const pair = (i: number, j: number) => {
    const x = a[i] ?? '';
    const y = b[j] ?? '';
    const longest = Math.max(x.length, y.length);
    return x === y ? 3 : longest === 0 || distance(x, y) / longest <= 0.5 ? 1 : -1;
  };
  const score = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  const at = (i: number, j: number) => score[i]?.[j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) {
      const p = pair(i, j);
      (score[i] as number[])[j] = Math.max(
        at(i + 1, j),
        at(i, j + 1),
        p > 0 ? p + at(i + 1, j + 1) : -Infinity,
      );
    }
  const rows: Array<{ left: number | undefined; right: number | undefined; kind: string }> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const p = i < a.length && j < b.length ? pair(i, j) : -1;
    if (p > 0 && at(i, j) === p + at(i + 1, j + 1)) {
      rows.push({ left: i, right: j, kind: p === 3 ? 'same' : 'changed' });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || at(i, j) === at(i, j + 1))) {
      rows.push({ left: undefined, right: j, kind: 'added' });
      j++;
    } else {
      rows.push({ left: i, right: undefined, kind: 'removed' });
      i++;
    }
  }
  return rows;
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
