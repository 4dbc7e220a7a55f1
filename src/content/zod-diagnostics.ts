import type { z } from 'zod';
import { describeValue, didYouMean, nearest } from './describe.ts';
import type { DiagnosticText, Problem } from './diagnostic-catalogue.ts';
import { type Diagnostic, diagnosticAt } from './diagnostics.ts';
import type { IssueParams } from './schema/shared.ts';

type Path = readonly PropertyKey[];

/** Where the validated data came from, so issues can be placed and quoted. */
export interface IssueContext {
  file: string;
  /** The value the author wrote at a path (undefined when missing). */
  valueAt(path: Path): unknown;
  /** The line of the value at a path, or of its closest located parent. */
  lineOf(path: Path): number;
  /** How a path reads to an author, e.g. `tags[2]`. */
  fieldName(path: Path): string;
  /** Keys allowed in the mapping at a path, to name them when an unknown key turns up. */
  knownKeys(path: Path): readonly string[];
  /** The catalogue kinds this data's problems are reported as. */
  problems: {
    unknownKey(key: string, known: readonly string[], suggestion: string | undefined): Problem;
    /** `expected` is the schema's message for the key. */
    missing(key: string, expected: string): Problem;
    invalid(text: DiagnosticText): Problem;
  };
}

/** Turns zod issues into author-facing sentences: every issue, none dropped. */
export function issuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  ctx: IssueContext,
): Diagnostic[] {
  return issues.flatMap((issue) => issueToDiagnostics(issue, ctx));
}

function issueToDiagnostics(issue: z.core.$ZodIssue, ctx: IssueContext): Diagnostic[] {
  const at = (path: Path, found: Problem): Diagnostic =>
    diagnosticAt({ file: ctx.file, line: ctx.lineOf(path), field: ctx.fieldName(path) }, found);

  if (issue.code === 'unrecognized_keys') {
    const known = ctx.knownKeys(issue.path);
    return issue.keys.map((key) =>
      at([...issue.path, key], ctx.problems.unknownKey(key, known, suggestion(key, known))),
    );
  }

  const value = ctx.valueAt(issue.path);
  const params = (issue.code === 'custom' ? issue.params : undefined) as IssueParams | undefined;
  if (value === undefined && issue.path.length === 1) {
    return [at(issue.path, ctx.problems.missing(String(issue.path[0]), issue.message))];
  }
  const received = params?.received ?? describeValue(value);
  const hint =
    params?.hint ??
    (issue.code === 'invalid_value' ? didYouMean(value, issue.values.map(String)) : undefined) ??
    (typeof value === 'string' && issue.code === 'invalid_type' && /^-?\d+(\.\d+)?$/.test(value)
      ? 'remove the quotes around the number'
      : undefined);
  return [at(issue.path, ctx.problems.invalid({ expected: issue.message, received, hint }))];
}

/** The known key closest to an unknown one, if it is a likely typo. */
function suggestion(key: string, known: readonly string[]): string | undefined {
  const match = nearest(key, known);
  return match === key ? undefined : match;
}
