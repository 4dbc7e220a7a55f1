/** One problem in one guide: where it is, which field, what was expected and received. */
export interface Diagnostic {
  /** Path relative to the project root, e.g. `content/guides/streams.md`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The frontmatter key or guide part the problem is in, e.g. `difficulty` or `Question 19 › Companies`. */
  field: string;
  /** "expected …, received …". */
  message: string;
  /** How to fix it, when there is a likely fix. */
  hint?: string | undefined;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.field}: ${d.message}${d.hint ? `; hint: ${d.hint}` : ''}`;
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line || a.field.localeCompare(b.field, 'en'));
}

/**
 * The full report an author sees: one line per problem, then a count. Warnings (advice that does
 * not stop a build, such as a tag missing from the vocabulary) come after, marked as such.
 */
export function formatReport(diagnostics: readonly Diagnostic[], fileCount: number, warnings: readonly Diagnostic[] = []): string {
  const sorted = sortDiagnostics(diagnostics);
  const files = new Set(sorted.map((d) => d.file)).size;
  const lines = sorted.map(formatDiagnostic);
  lines.push(...sortDiagnostics(warnings).map((w) => `warning: ${formatDiagnostic(w)}`));
  const noun = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    sorted.length === 0
      ? `✓ ${noun(fileCount, 'guide')} checked, no problems found.`
      : `✗ ${noun(sorted.length, 'problem')} in ${noun(files, 'file')} (${noun(fileCount, 'guide')} checked).`,
  );
  return lines.join('\n');
}

/** Collects diagnostics for one file so parsing code only says where and what. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  report(line: number, field: string, expected: string, received: string, hint?: string): void {
    this.items.push({ file: this.file, line, field, message: `expected ${expected}, received ${received}`, hint });
  }
}
