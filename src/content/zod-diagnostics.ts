import type { z } from 'zod';
import { describeValue, didYouMean } from './describe.ts';
import type { Diagnostic } from './diagnostics.ts';
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
  /** How a missing key reads, and how to add it. */
  missing(key: string): { received: string; hint?: string | undefined };
}

/** Turns zod issues into author-facing sentences: every issue, none dropped. */
export function issuesToDiagnostics(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): Diagnostic[] {
  return issues.flatMap((issue) => issueToDiagnostics(issue, ctx));
}

function issueToDiagnostics(issue: z.core.$ZodIssue, ctx: IssueContext): Diagnostic[] {
  const at = (path: Path, message: string, hint?: string): Diagnostic => ({
    file: ctx.file,
    line: ctx.lineOf(path),
    field: ctx.fieldName(path),
    message,
    hint,
  });

  if (issue.code === 'unrecognized_keys') {
    const known = ctx.knownKeys(issue.path);
    return issue.keys.map((key) =>
      at([...issue.path, key], `expected one of the known keys (${known.join(', ')}), received unknown key "${key}"`, didYouMean(key, known) ?? `remove "${key}"`),
    );
  }

  const value = ctx.valueAt(issue.path);
  const params = (issue.code === 'custom' ? issue.params : undefined) as IssueParams | undefined;
  if (value === undefined && issue.path.length === 1) {
    const key = String(issue.path[0]);
    const missing = ctx.missing(key);
    return [at(issue.path, `expected ${issue.message}, received ${missing.received}`, missing.hint)];
  }
  const received = params?.received ?? describeValue(value);
  const hint =
    params?.hint ??
    (issue.code === 'invalid_value' ? didYouMean(value, issue.values.map(String)) : undefined) ??
    (typeof value === 'string' && issue.code === 'invalid_type' && /^-?\d+(\.\d+)?$/.test(value) ? 'remove the quotes around the number' : undefined);
  return [at(issue.path, `expected ${issue.message}, received ${received}`, hint)];
}
