/**
 * Twoslash's convention: a line `// @errors: 2345 2322` in a TypeScript version says the example
 * shows those compiler errors on purpose. The check then requires exactly those codes, and the page
 * shows each message under its line.
 */
export interface ExpectedErrors {
  codes: number[];
  /** 1-based line of the directive. */
  line: number;
}

const DIRECTIVE = /^\s*\/\/\s*@errors:\s*(.*)$/;

/** The first `// @errors:` line of a source, if any; codes are separated by spaces or commas. */
export function expectedErrors(source: string): ExpectedErrors | undefined {
  const lines = source.split('\n');
  for (const [index, text] of lines.entries()) {
    const match = DIRECTIVE.exec(text);
    if (!match) continue;
    const codes = (match[1] ?? '')
      .split(/[\s,]+/)
      .filter((word) => /^\d{1,6}$/.test(word))
      .map(Number);
    return { codes, line: index + 1 };
  }
  return undefined;
}

/** What the check reports for one file: errors it did not expect, and expected codes that never came. */
export function unexpectedErrors<E extends { code: number }>(
  errors: readonly E[],
  expected: ExpectedErrors | undefined,
): { unexpected: E[]; missing: number[] } {
  if (!expected) return { unexpected: [...errors], missing: [] };
  return {
    unexpected: errors.filter((e) => !expected.codes.includes(e.code)),
    missing: expected.codes.filter((code) => !errors.some((e) => e.code === code)),
  };
}
