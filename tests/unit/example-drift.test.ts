import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config/site.ts';
import { loadGuides } from '../../src/content/load-guides.ts';
import { driftedLines } from '../../src/examples/drift.ts';

describe('a TypeScript version keeps its original apart from marked fixes', () => {
  it('allows added lines, stripped types and lines marked // Fix:', () => {
    const original = 'const a = 1;\nconst b = old(a);\nconsole.log(b);\n';
    const tsVersion = [
      'const a: number = 1;',
      '// Fix: old() was removed; use current()',
      'const b = current(a);',
      'console.log(b);',
      "console.log('done');",
    ].join('\n');
    expect(driftedLines(original, tsVersion)).toEqual([]);
  });

  it('reports a changed or dropped line that carries no marker', () => {
    const original = 'const a = 1;\nconst b = a + 1;\nconst c = 3;\nconsole.log(a, b, c);\n';
    const tsVersion = 'const a: number = 1;\nconst b = a + 2;\nconsole.log(a, b, c);\n';
    expect(driftedLines(original, tsVersion)).toEqual([
      { blockLine: 1, original: 'const b = a + 1;', tsVersionLine: 2 },
      { blockLine: 2, original: 'const c = 3;', tsVersionLine: undefined },
    ]);
  });

  /**
   * Every pair in the bank, as `file:line` of each unmarked change: the snapshot is the reviewed
   * list, so a pair that drifts further (or is fixed) changes it and must be looked at.
   */
  // Aligning 264 pairs line by line takes seconds, minutes on a saturated machine.
  it('lists the drifted lines of every pair', { timeout: 600_000 }, () => {
    const { guides } = loadGuides(siteConfig);
    const report: string[] = [];
    let pairs = 0;
    let driftedPairs = 0;
    for (const guide of guides)
      for (const [block, tsVersion] of guide.tsVersions) {
        pairs++;
        const firstLine = (block.position?.start.line ?? 0) + 1;
        const drifted = driftedLines(block.value, tsVersion.source);
        if (drifted.length > 0) driftedPairs++;
        for (const line of drifted)
          // The guide's line only: a TypeScript version may grow (a marker, a harness) without drifting.
          report.push(`${guide.file}:${firstLine + line.blockLine} (${tsVersion.id})`);
      }
    expect({ pairs, driftedPairs, lines: report }).toMatchSnapshot();
  });
});
