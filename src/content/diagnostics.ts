import {
  DIAGNOSTICS,
  type DiagnosticArgs,
  type DiagnosticKind,
  describeProblem,
  type Problem,
} from './diagnostic-catalogue.ts';

export type { DiagnosticKind, Problem };

/** One problem in one guide: its kind, where it is, which field, what was expected and received. */
export interface Diagnostic {
  /** The catalogue entry it was worded from, e.g. `schema.required` (`src/content/diagnostic-catalogue.ts`). */
  kind: DiagnosticKind;
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

/** Where a problem is. */
export interface Place {
  file: string;
  line: number;
  field: string;
}

/** A problem placed at a file, line and field, its message worded by the catalogue. */
export function diagnosticAt(place: Place, found: Problem): Diagnostic {
  const { expected, received, hint } = describeProblem(found);
  return {
    kind: found.kind,
    ...place,
    message: `expected ${expected}, received ${received}`,
    hint,
  };
}

/** `diagnosticAt` for one kind and its facts. */
export function diagnostic<K extends DiagnosticKind>(
  place: Place,
  kind: K,
  ...args: DiagnosticArgs<K>
): Diagnostic {
  return diagnosticAt(place, { kind, args } as Problem);
}

/** The README section that explains how to fix a kind of problem. */
export function readmeAnchor(kind: DiagnosticKind): string {
  return `README#${DIAGNOSTICS[kind].anchor}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.field}: ${d.message}${d.hint ? `; hint: ${d.hint}` : ''} (see ${readmeAnchor(d.kind)})`;
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file, 'en') || a.line - b.line || a.field.localeCompare(b.field, 'en'),
  );
}

/**
 * The full report an author sees: one line per problem, then a count. Warnings (advice that does
 * not stop a build, such as a tag missing from the vocabulary) come after, marked as such.
 */
export function formatReport(
  diagnostics: readonly Diagnostic[],
  fileCount: number,
  warnings: readonly Diagnostic[] = [],
): string {
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

/** Collects diagnostics for one file so parsing code only says where and which kind. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  add<K extends DiagnosticKind>(
    kind: K,
    line: number,
    field: string,
    ...args: DiagnosticArgs<K>
  ): void {
    this.items.push(diagnostic({ file: this.file, line, field }, kind, ...args));
  }
}
