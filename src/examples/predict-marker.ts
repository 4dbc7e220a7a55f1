import { normaliseOutput } from './normalise-output.ts';

/**
 * How a guide marks an example as worth predicting: a line `// @predict` (type each line of the
 * output) or `// @predict order` (put the printed lines in order) in its TypeScript version.
 */
export const PREDICT_MODES = ['type', 'order'] as const;
export type PredictMode = (typeof PREDICT_MODES)[number];

/** The longest output a drill asks for, in lines. */
export const PREDICT_MAX_LINES = 16;

export interface PredictMarker {
  mode: PredictMode;
  /** 1-based line of the marker in the `.ts` file. */
  line: number;
}

export interface PredictProblem {
  line: number;
  expected: string;
  received: string;
  hint: string;
}

const ANY_MARKER = /^\s*\/\/\s*@predict\b(.*)$/i;
const VALID_MARKER = /^\/\/ @predict(?: (order))?$/;

/** The marker in a TypeScript version's source, and anything wrong with it or its output. */
export function readPredictMarker(
  source: string,
  recordedOutput: string | undefined,
): { marker: PredictMarker | undefined; problems: PredictProblem[] } {
  const problems: PredictProblem[] = [];
  let marker: PredictMarker | undefined;
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (!ANY_MARKER.test(text)) return;
    const valid = VALID_MARKER.exec(text.trim());
    if (!valid) {
      problems.push({
        line,
        expected: '"// @predict" or "// @predict order" alone on its line',
        received: JSON.stringify(text.trim()),
        hint: 'write "// @predict" to have each output line typed, "// @predict order" to have the printed lines put in order',
      });
      return;
    }
    if (marker) {
      problems.push({
        line,
        expected: 'one predict marker per example',
        received: `a second marker (the first is on line ${marker.line})`,
        hint: 'delete one of them',
      });
      return;
    }
    marker = { mode: valid[1] === 'order' ? 'order' : 'type', line };
  });
  if (!marker) return { marker, problems };
  const at = marker.line;
  if (recordedOutput === undefined) {
    problems.push({
      line: at,
      expected: 'recorded output to compare predictions with',
      received: 'a marked example with no .output.txt',
      hint: 'record it with "npm run example -- <guide>/q<N>-<k> --update"',
    });
    return { marker, problems };
  }
  const normalised = normaliseOutput(recordedOutput);
  const lines = normalised === '' ? [] : normalised.split('\n');
  if (lines.length === 0)
    problems.push({
      line: at,
      expected: 'an example that prints at least one line',
      received: 'empty recorded output',
      hint: 'remove the marker, or mark an example that prints something',
    });
  if (lines.length > PREDICT_MAX_LINES)
    problems.push({
      line: at,
      expected: `at most ${PREDICT_MAX_LINES} output lines to predict`,
      received: `${lines.length} lines`,
      hint: 'mark a shorter example',
    });
  const placeholder = lines.findIndex((l) =>
    /<(timestamp|uuid|jwt|port|duration|hex|epoch|epoch-ms)>/.test(l),
  );
  if (placeholder >= 0)
    problems.push({
      line: at,
      expected: 'output that is the same on every run (nothing the runner replaces)',
      received: `output line ${placeholder + 1} "${lines[placeholder]}"`,
      hint: 'a candidate cannot predict a time, port, id or duration; mark another example',
    });
  if (marker.mode === 'order' && new Set(lines).size < 2)
    problems.push({
      line: at,
      expected: 'at least two different lines to put in order',
      received: `${new Set(lines).size} distinct line`,
      hint: 'use "// @predict" instead',
    });
  return { marker, problems };
}

/** The source a drill shows: the marker line removed. */
export function sourceWithoutMarker(source: string, marker: PredictMarker): string {
  const lines = source.split('\n');
  lines.splice(marker.line - 1, 1);
  return lines.join('\n').replace(/^\n+/, '');
}
