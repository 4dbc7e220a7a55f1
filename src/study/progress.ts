import type * as z from 'zod/mini';
import { blankEntry, emptyProgress, isBlank } from './progress-ops.ts';
import { entryFor, ownEntries } from './question-table.ts';
import {
  CURRENT_VERSION,
  NOTE_MAX_LENGTH,
  type Progress,
  QuestionIdSchema,
  type QuestionProgress,
  questionProgressSchema,
  StoredProgressSchema,
  StoredProgressV1Schema,
} from './schema.ts';

export { dueIds } from './due.ts';
export {
  blankEntry,
  emptyProgress,
  mergeProgress,
  serializeProgress,
  splitByIndex,
  summarize,
  updateQuestion,
} from './progress-ops.ts';

/** The result of reading stored progress: what could be used, and what had to be reset. */
export interface ReadResult {
  progress: Progress;
  /** Set when something could not be read; says what was kept and what was reset. */
  notice: string | undefined;
  /** True when the stored text should be rewritten (cleaned or migrated). */
  changed: boolean;
}

/**
 * Reads stored progress, validating everything. Older versions are migrated. A broken entry is
 * repaired field by field (what is valid is kept, an out-of-range card is dropped so practice
 * starts it afresh); an unreadable store starts empty. Never throws.
 */
export function readProgress(raw: string | null, now: Date = new Date()): ReadResult {
  if (raw === null || raw === '')
    return { progress: emptyProgress(), notice: undefined, changed: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return reset(
      'Your saved study progress could not be read (it was not valid JSON), so it was reset.',
    );
  }
  const v1 = StoredProgressV1Schema.safeParse(data);
  if (v1.success) {
    const { progress, skipped } = migrateV1(v1.data, now);
    const notice =
      skipped.length > 0
        ? `Your saved study progress was updated to the current format; ${skipped.length} entr${skipped.length === 1 ? 'y was' : 'ies were'} not a question id and could not be kept.`
        : undefined;
    return { progress, notice, changed: true };
  }
  const stored = StoredProgressSchema.safeParse(data);
  if (!stored.success) {
    const version = ownEntries(data).find(([key]) => key === 'version')?.[1];
    const why =
      typeof version === 'number' && version > CURRENT_VERSION
        ? `it was saved by a newer version of this site (format ${version})`
        : 'it is not in a format this site knows';
    return reset(`Your saved study progress could not be used (${why}), so it was reset.`);
  }
  const progress = emptyProgress();
  const entrySchema = questionProgressSchema(now);
  let repaired = 0;
  let dropped = 0;
  for (const [id, value] of ownEntries(stored.data.questions)) {
    const entry = QuestionIdSchema.safeParse(id).success
      ? salvageEntry(value, entrySchema, now)
      : undefined;
    if (!entry) dropped++;
    else {
      if (entry.repaired) repaired++;
      progress.questions[id] = entry.value;
    }
  }
  if (repaired === 0 && dropped === 0) return { progress, notice: undefined, changed: false };
  const parts = [
    repaired > 0 ? `${repaired} question${repaired === 1 ? ' was' : 's were'} partly reset` : '',
    dropped > 0 ? `${dropped} unreadable entr${dropped === 1 ? 'y was' : 'ies were'} removed` : '',
  ].filter(Boolean);
  return {
    progress,
    notice: `Some saved study progress was damaged: ${parts.join(' and ')}. Everything else was kept.`,
    changed: true,
  };
}

function reset(notice: string): ReadResult {
  return { progress: emptyProgress(), notice, changed: true };
}

/** Keeps each valid field of a damaged entry and resets the others; undefined if nothing is usable. */
function salvageEntry(
  value: unknown,
  schema: ReturnType<typeof questionProgressSchema>,
  now: Date,
): { value: QuestionProgress; repaired: boolean } | undefined {
  const whole = schema.safeParse(value);
  if (whole.success) return { value: whole.data, repaired: false };
  const fields = new Map(ownEntries(value));
  if (fields.size === 0) return undefined;
  const blank = blankEntry(now);
  const shape = schema.def.shape;
  const pick = <K extends keyof QuestionProgress>(
    key: K,
    fallback: QuestionProgress[K],
  ): QuestionProgress[K] => {
    const result = (shape[key] as z.ZodMiniType).safeParse(fields.get(key));
    return result.success ? (result.data as QuestionProgress[K]) : fallback;
  };
  const entry: QuestionProgress = {
    state: pick('state', blank.state),
    bookmarked: pick('bookmarked', blank.bookmarked),
    note: pick('note', blank.note),
    updatedAt: pick('updatedAt', blank.updatedAt),
  };
  const card = pick('card', undefined);
  if (card) entry.card = card;
  return isBlank(entry) ? undefined : { value: entry, repaired: true };
}

/** Version 1 kept three lists and a notes map; each question becomes one entry. `skipped`: keys that are not ids. */
export function migrateV1(
  v1: z.infer<typeof StoredProgressV1Schema>,
  now: Date,
): { progress: Progress; skipped: string[] } {
  const progress = emptyProgress();
  const skipped: string[] = [];
  const entry = (id: string): QuestionProgress | undefined => {
    if (!QuestionIdSchema.safeParse(id).success) {
      skipped.push(id);
      return undefined;
    }
    return entryFor(progress, id) ?? (progress.questions[id] = blankEntry(now));
  };
  for (const id of v1.review) {
    const e = entry(id);
    if (e) e.state = 'review';
  }
  for (const id of v1.known) {
    const e = entry(id);
    if (e) e.state = 'known';
  }
  for (const id of v1.bookmarks) {
    const e = entry(id);
    if (e) e.bookmarked = true;
  }
  for (const [id, note] of ownEntries(v1.notes)) {
    const e = typeof note === 'string' ? entry(id) : undefined;
    if (e && typeof note === 'string') e.note = note.slice(0, NOTE_MAX_LENGTH);
  }
  return { progress, skipped };
}
