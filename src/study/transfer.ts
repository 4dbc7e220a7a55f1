import * as z from 'zod/mini';
import { latestAccepted, momentSchema } from './moments.ts';
import { migrateV1 } from './progress.ts';
import { emptyProgress, splitByIndex } from './progress-ops.ts';
import { ownEntries } from './question-table.ts';
import {
  CURRENT_VERSION,
  KeyedObjectSchema,
  type Progress,
  QuestionIdSchema,
  questionProgressSchema,
  StoredProgressV1Schema,
} from './schema.ts';
import { objectError } from './object-error.ts';
import { readLog, type Review } from './review-log.ts';
import { readSettings, type StudySettings } from './settings.ts';
import { importProblem, tooLargeMessage } from './import-messages.ts';

export { describeImport, tooLargeMessage } from './import-messages.ts';

/**
 * The largest progress file accepted, in bytes. A real export is far smaller (about 100 bytes a
 * question, plus notes), and the file must fit in the browser's storage (about 5 MB) beside what
 * is already there.
 */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** The file a candidate downloads: their whole progress, with what made it. Entries are checked one by one. */
export function exportFileSchema(now: Date) {
  return z.strictObject(
    {
      app: z.literal('interview-prep'),
      exportedAt: momentSchema(latestAccepted(now), 'an export time'),
      version: z.literal(CURRENT_VERSION),
      questions: KeyedObjectSchema,
      /** Study settings (retention, plan); checked field by field on import. */
      settings: z.optional(z.unknown()),
      /** The review log; each review checked on its own. */
      reviews: z.optional(z.array(z.unknown())),
    },
    {
      error: objectError(
        'expected a progress export: app, exportedAt, version, questions and optionally settings and reviews',
      ),
    },
  );
}

/** What travels with progress in an export: settings and the review log. */
export interface ExportExtras {
  settings?: StudySettings;
  reviews?: readonly Review[];
}

export function exportProgress(
  progress: Progress,
  now: Date = new Date(),
  extras: ExportExtras = {},
): string {
  return `${JSON.stringify({ app: 'interview-prep', exportedAt: now.toISOString(), version: CURRENT_VERSION, questions: progress.questions, ...extras }, null, 2)}\n`;
}

export type ImportResult =
  /** `known`: ids the site has (counted); `unknown`: ids it lacks, imported but never counted. */
  | {
      ok: true;
      progress: Progress;
      known: string[];
      unknown: string[];
      /** Present when the file carried settings; invalid fields fall back to defaults. */
      settings?: StudySettings;
      reviews: Review[];
    }
  | { ok: false; message: string };

/**
 * Reads an exported file strictly: anything that does not validate (shape, ranges, times after
 * now plus the clock-skew allowance, malformed ids) rejects the whole file with a message naming
 * the problem, so an import never half-applies. `siteIds` are the questions this site has.
 */
export function parseImport(
  text: string,
  siteIds: ReadonlySet<string>,
  now: Date = new Date(),
): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > IMPORT_MAX_BYTES)
    return { ok: false, message: tooLargeMessage(bytes, IMPORT_MAX_BYTES) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not a progress export: it is not valid JSON. Nothing was changed.',
    };
  }
  const v1 = StoredProgressV1Schema.safeParse(data);
  if (v1.success) {
    const { progress, skipped } = migrateV1(v1.data, now);
    if (skipped[0] !== undefined)
      return {
        ok: false,
        message: importProblem(
          `${quote(skipped[0])} is not a question id (expected one like express-js/q3)`,
        ),
      };
    return accepted(progress, siteIds);
  }
  const file = exportFileSchema(now).safeParse(data);
  if (!file.success) {
    const isOurs = ownEntries(data).some(
      ([key, value]) => key === 'app' && value === 'interview-prep',
    );
    return {
      ok: false,
      message: isOurs
        ? importProblem(invalidAt(data, file.error.issues[0]))
        : 'This file could not be imported: it is not a progress export from this site. Nothing was changed.',
    };
  }
  const entrySchema = questionProgressSchema(now);
  const progress = emptyProgress();
  for (const [id, value] of ownEntries(file.data.questions)) {
    if (!QuestionIdSchema.safeParse(id).success)
      return {
        ok: false,
        message: importProblem(
          `the key ${quote(id)} in questions is not a question id (expected one like express-js/q3)`,
        ),
      };
    const entry = entrySchema.safeParse(value);
    if (!entry.success)
      return {
        ok: false,
        message: importProblem(invalidAt(data, entry.error.issues[0], ['questions', id])),
      };
    progress.questions[id] = entry.data;
  }
  const latest = latestAccepted(now);
  const reviews = readLog(file.data.reviews ?? []).filter((r) => Date.parse(r.at) <= latest);
  return {
    ...accepted(progress, siteIds),
    reviews,
    ...(file.data.settings === undefined ? {} : { settings: readSettings(file.data.settings) }),
  };
}

function accepted(
  progress: Progress,
  siteIds: ReadonlySet<string>,
): Extract<ImportResult, { ok: true }> {
  return { ok: true, progress, reviews: [], ...splitByIndex(progress, siteIds) };
}

/** "it has an invalid value at questions › a/q1 › card › difficulty (expected …; received 42)". */
function invalidAt(
  data: unknown,
  issue: z.core.$ZodIssue | undefined,
  prefix: readonly string[] = [],
): string {
  const path = [...prefix, ...(issue?.path ?? []).map(String)];
  const received = path.reduce<unknown>(
    (value, key) =>
      new Map(ownEntries(value)).get(key) ??
      (Array.isArray(value) ? value[Number(key)] : undefined),
    data,
  );
  const where = path.length > 0 ? ` at ${path.map(quoteKey).join(' › ')}` : '';
  return `it has an invalid value${where} (${issue?.message ?? 'unknown problem'}; received ${quote(received)})`;
}

/** A short, printable rendering of a value from the file (never recursive: values may nest deeply). */
function quote(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function quoteKey(key: string): string {
  return /^[\p{L}\p{N}/_.-]+$/u.test(key) ? key : JSON.stringify(key);
}
