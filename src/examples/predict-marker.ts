import {
  describeProblem,
  type DiagnosticKind,
  type DiagnosticText,
  problem,
  type Problem,
} from '../content/diagnostic-catalogue.ts';
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

/** A problem with a marker, placed at its line of the `.ts` file and worded by the catalogue. */
export interface PredictProblem extends DiagnosticText {
  line: number;
  kind: DiagnosticKind;
}

const ANY_MARKER = /^\s*\/\/\s*@predict\b(.*)$/i;
const VALID_MARKER = /^\/\/ @predict(?: (order))?$/;

/**
 * The marker in a TypeScript version's source, and anything wrong with it or its output. `id`
 * (`<guide>/q<N>-<k>`) names the example in hints.
 */
export function readPredictMarker(
  source: string,
  recordedOutput: string | undefined,
  id = '<guide>/q<N>-<k>',
): { marker: PredictMarker | undefined; problems: PredictProblem[] } {
  const problems: PredictProblem[] = [];
  const report = (line: number, found: Problem): void => {
    problems.push({ line, kind: found.kind, ...describeProblem(found) });
  };
  let marker: PredictMarker | undefined;
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (!ANY_MARKER.test(text)) return;
    const valid = VALID_MARKER.exec(text.trim());
    if (!valid) report(line, problem('predict.bad-marker', { text: text.trim() }));
    else if (marker) report(line, problem('predict.second-marker', { firstLine: marker.line }));
    else marker = { mode: valid[1] === 'order' ? 'order' : 'type', line };
  });
  if (!marker) return { marker, problems };
  const at = marker.line;
  if (recordedOutput === undefined) {
    report(at, problem('predict.no-output', { id }));
    return { marker, problems };
  }
  const normalised = normaliseOutput(recordedOutput);
  const lines = normalised === '' ? [] : normalised.split('\n');
  if (lines.length === 0) report(at, problem('predict.empty-output'));
  if (lines.length > PREDICT_MAX_LINES)
    report(at, problem('predict.too-long', { lines: lines.length, max: PREDICT_MAX_LINES }));
  const placeholder = lines.findIndex((l) =>
    /<(timestamp|uuid|jwt|port|duration|hex|epoch|epoch-ms)>/.test(l),
  );
  if (placeholder >= 0)
    report(
      at,
      problem('predict.unstable-output', {
        line: placeholder + 1,
        text: lines[placeholder] as string,
      }),
    );
  if (marker.mode === 'order' && new Set(lines).size < 2)
    report(at, problem('predict.order-needs-two', { distinct: new Set(lines).size }));
  return { marker, problems };
}
/** The source a drill shows: the marker line removed. */
export function sourceWithoutMarker(source: string, marker: PredictMarker): string {
  const lines = source.split('\n');
  lines.splice(marker.line - 1, 1);
  return lines.join('\n').replace(/^\n+/, '');
}
