/**
 * Replaces the parts of an example's output that legitimately change between runs with
 * placeholders, so recorded and real output can be compared. Nothing is dropped: each
 * replaced value still has to be there, in the same place.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<timestamp>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '<jwt>'],
  [/\b(127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0):\d{1,5}\b/g, '$1:<port>'],
  [/\b\d+(?:\.\d+)?\s?(?:ns|µs|us|ms|s)\b/g, '<duration>'],
  // node:test reporters print "duration_ms 37.05" / "duration_ms: 37.05".
  [/\bduration_ms(:?\s+)\d+(?:\.\d+)?/g, 'duration_ms$1<duration>'],
  // Structured logs keep durations numeric: {"durationMs":39.8}, {"latency_ms": 12}.
  [/("\w*(?:[Dd]uration|[Ll]atency|[Ee]lapsed)\w*"\s*:\s*)\d+(?:\.\d+)?/g, '$1<duration>'],
  [/\b[0-9a-f]{16,}\b/gi, '<hex>'],
  [/\b1[6-9]\d{11}\b/g, '<epoch-ms>'],
  [/\b1[6-9]\d{8}\b/g, '<epoch>'],
];

export function normaliseOutput(output: string): string {
  let text = output.replace(/\r\n/g, '\n');
  for (const [pattern, placeholder] of RULES) text = text.replace(pattern, placeholder);
  return text.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
}

/** The first line where two normalised outputs differ, for a short failure message. */
export function firstDifference(
  expected: string,
  actual: string,
): { line: number; expected: string; actual: string } | undefined {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return {
        line: i + 1,
        expected: a[i] ?? '(end of output)',
        actual: b[i] ?? '(end of output)',
      };
  }
  return undefined;
}
