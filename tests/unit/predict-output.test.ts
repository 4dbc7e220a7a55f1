import { describe, expect, it } from 'vitest';
import { readPredictMarker, sourceWithoutMarker } from '../../src/examples/predict-marker.ts';
import { comparePrediction, predictionGrade } from '../../src/mock/prediction.ts';

describe('comparing a prediction with the recorded output', () => {
  const recorded = 'sync\nnextTick\npromise\ntimeout\n';

  it('marks each line right or wrong, in place', () => {
    const result = comparePrediction(recorded, ['sync', 'promise', 'nextTick', 'timeout']);
    expect(result.lines.map((l) => l.right)).toEqual([true, false, false, true]);
    expect(result.lines[1]).toEqual({ expected: 'nextTick', predicted: 'promise', right: false });
    expect(result).toMatchObject({ right: 2, total: 4 });
    expect(predictionGrade(result)).toBe('Hard');
  });

  it('uses the example tests normalisation, and ignores padding and surrounding spaces', () => {
    const result = comparePrediction('all        rejected:  search failed\nwaited 12ms\n', [
      '  all rejected: search failed ',
      'waited 3 ms',
    ]);
    expect(result.lines.map((l) => l.right)).toEqual([true, true]);
    expect(predictionGrade(result)).toBe('Good');
  });

  it('a missing line is wrong, and so is one typed beyond the output', () => {
    expect(comparePrediction('a\nb', ['a']).lines.map((l) => l.right)).toEqual([true, false]);
    const extra = comparePrediction('a', ['a', 'b', '']);
    expect(extra.lines.map((l) => [l.expected, l.right])).toEqual([
      ['a', true],
      ['(nothing)', false],
    ]);
    expect(predictionGrade(comparePrediction('a\nb\nc', ['x', 'y', 'c']))).toBe('Again');
  });

  it('is case and punctuation sensitive: true is not True', () => {
    expect(comparePrediction('flag: true', ['flag: True']).right).toBe(0);
  });
});

describe('the predict marker', () => {
  it('reads the two modes and strips the marker for display', () => {
    const typed = readPredictMarker('// @predict\nconsole.log(1);\n', '1\n');
    expect(typed).toEqual({ marker: { mode: 'type', line: 1 }, problems: [] });
    const ordered = readPredictMarker('import x from "y";\n// @predict order\n', 'a\nb\n');
    expect(ordered.marker).toEqual({ mode: 'order', line: 2 });
    expect(sourceWithoutMarker('// @predict\nconsole.log(1);\n', { mode: 'type', line: 1 })).toBe(
      'console.log(1);\n',
    );
    expect(readPredictMarker('console.log(1);', '1').marker).toBeUndefined();
  });

  it('reports a misspelt marker, a second marker, missing or unpredictable output, at the line', () => {
    const bad = (source: string, output: string | undefined) =>
      readPredictMarker(source, output).problems.map((p) => `${p.line}: ${p.received}`);
    expect(bad('// @predict: order\n', 'a')).toEqual(['1: "// @predict: order"']);
    expect(bad('// @predict\n// @predict\n', 'a')).toEqual([
      '2: a second marker (the first is on line 1)',
    ]);
    expect(bad('\n// @predict\n', undefined)).toEqual(['2: a marked example with no .output.txt']);
    expect(bad('// @predict\n', '')).toEqual(['1: empty recorded output']);
    expect(bad('// @predict\n', 'took 12ms')).toEqual(['1: output line 1 "took <duration>"']);
    expect(bad('// @predict order\n', 'same\nsame')).toEqual(['1: 1 distinct line']);
    expect(bad('// @predict\n', Array.from({ length: 17 }, (_, i) => i).join('\n'))).toEqual([
      '1: 17 lines',
    ]);
  });
});
