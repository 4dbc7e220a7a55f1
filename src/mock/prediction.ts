import { normaliseOutput } from '../examples/normalise-output.ts';

export interface PredictedLine {
  expected: string;
  predicted: string;
  right: boolean;
}

export interface PredictionResult {
  lines: PredictedLine[];
  right: number;
  total: number;
}

/**
 * The example tests' normalisation, then each line trimmed and its runs of spaces made one: a
 * candidate types what is printed, not the column padding.
 */
function comparableLines(output: string): string[] {
  const text = normaliseOutput(output);
  return text === '' ? [] : text.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
}

/** Each recorded line beside the candidate's line in the same place, right or wrong. */
export function comparePrediction(
  recorded: string,
  predictedLines: readonly string[],
): PredictionResult {
  const expected = normaliseOutput(recorded).split('\n');
  const wanted = comparableLines(recorded);
  const given = predictedLines.map((line) => comparableLines(line)[0] ?? '');
  const lines = expected.map((line, i) => ({
    expected: line,
    predicted: predictedLines[i] ?? '',
    right: given[i] === wanted[i],
  }));
  // Lines typed beyond the output are wrong too: the program printed nothing there.
  for (let i = expected.length; i < predictedLines.length; i++) {
    if ((predictedLines[i] ?? '').trim() !== '')
      lines.push({ expected: '(nothing)', predicted: predictedLines[i] ?? '', right: false });
  }
  const right = lines.filter((l) => l.right).length;
  return { lines, right, total: lines.length };
}

/** The FSRS grade a prediction earns: all right is Good, at least half is Hard, else Again. */
export function predictionGrade(result: PredictionResult): 'Again' | 'Hard' | 'Good' {
  if (result.total > 0 && result.right === result.total) return 'Good';
  return result.right * 2 >= result.total ? 'Hard' : 'Again';
}
