import * as z from 'zod/mini';
import {
  CURRENT_VERSION,
  NOTE_MAX_LENGTH,
  type Progress,
  QuestionIdSchema,
  type QuestionProgress,
  QuestionProgressSchema,
  StoredProgressSchema,
  StoredProgressV1Schema,
} from './schema.ts';

export function emptyProgress(): Progress {
  return { version: CURRENT_VERSION, questions: {} };
}

export function blankEntry(now: Date): QuestionProgress {
  return { state: 'new', bookmarked: false, note: '', updatedAt: now.toISOString() };
}

/** True when an entry holds nothing a blank one does not: it need not be stored. */
function isBlank(entry: QuestionProgress): boolean {
  return entry.state === 'new' && !entry.bookmarked && entry.note === '' && entry.card === undefined;
}

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
 * repaired field by field (what is valid is kept); an unreadable store starts empty. Never throws.
 */
export function readProgress(raw: string | null, now: Date = new Date()): ReadResult {
  if (raw === null || raw === '') return { progress: emptyProgress(), notice: undefined, changed: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return reset('Your saved study progress could not be read (it was not valid JSON), so it was reset.');
  }
  const v1 = StoredProgressV1Schema.safeParse(data);
  if (v1.success) return { progress: migrateV1(v1.data, now), notice: undefined, changed: true };
  const stored = StoredProgressSchema.safeParse(data);
  if (!stored.success) {
    const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
    const why = typeof version === 'number' && version > CURRENT_VERSION ? `it was saved by a newer version of this site (format ${version})` : 'it is not in a format this site knows';
    return reset(`Your saved study progress could not be used (${why}), so it was reset.`);
  }
  const progress = emptyProgress();
  let repaired = 0;
  let dropped = 0;
  for (const [id, value] of Object.entries(stored.data.questions)) {
    if (!QuestionIdSchema.safeParse(id).success) {
      dropped++;
      continue;
    }
    const entry = salvageEntry(value, now);
    if (!entry) dropped++;
    else {
      if (entry.repaired) repaired++;
      progress.questions[id] = entry.value;
    }
  }
  if (repaired === 0 && dropped === 0) return { progress, notice: undefined, changed: false };
  const parts = [repaired > 0 ? `${repaired} question${repaired === 1 ? ' was' : 's were'} partly reset` : '', dropped > 0 ? `${dropped} unreadable entr${dropped === 1 ? 'y was' : 'ies were'} removed` : ''].filter(Boolean);
  return { progress, notice: `Some saved study progress was damaged: ${parts.join(' and ')}. Everything else was kept.`, changed: true };
}

function reset(notice: string): ReadResult {
  return { progress: emptyProgress(), notice, changed: true };
}

/** Keeps each valid field of a damaged entry and resets the others; undefined if nothing is usable. */
function salvageEntry(value: unknown, now: Date): { value: QuestionProgress; repaired: boolean } | undefined {
  const whole = QuestionProgressSchema.safeParse(value);
  if (whole.success) return { value: whole.data, repaired: false };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields = value as Record<string, unknown>;
  const blank = blankEntry(now);
  const shape = QuestionProgressSchema.def.shape;
  const pick = <K extends keyof QuestionProgress>(key: K, fallback: QuestionProgress[K]): QuestionProgress[K] => {
    const result = (shape[key] as z.ZodMiniType).safeParse(fields[key]);
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

/** Version 1 kept three lists and a notes map; each question becomes one entry. */
export function migrateV1(v1: z.infer<typeof StoredProgressV1Schema>, now: Date): Progress {
  const progress = emptyProgress();
  const entry = (id: string): QuestionProgress | undefined => {
    if (!QuestionIdSchema.safeParse(id).success) return undefined;
    return (progress.questions[id] ??= blankEntry(now));
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
  for (const [id, note] of Object.entries(v1.notes)) {
    const e = entry(id);
    if (e) e.note = note.slice(0, NOTE_MAX_LENGTH);
  }
  return progress;
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** A copy of progress with one question changed; an entry back to its defaults is removed. */
export function updateQuestion(progress: Progress, id: string, change: Partial<Omit<QuestionProgress, 'updatedAt'>>, now: Date = new Date()): Progress {
  const current = progress.questions[id] ?? blankEntry(now);
  const next: QuestionProgress = { ...current, ...change, updatedAt: now.toISOString() };
  const questions = { ...progress.questions, [id]: next };
  if (isBlank(next)) delete questions[id];
  return { ...progress, questions };
}

/** Combines two progress records question by question; the more recently changed entry wins. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const questions = { ...current.questions };
  for (const [id, entry] of Object.entries(incoming.questions)) {
    const mine = questions[id];
    if (!mine || entry.updatedAt > mine.updatedAt) questions[id] = entry;
  }
  return { version: CURRENT_VERSION, questions };
}

/** Totals for a set of questions (all stored ones when no ids are given). */
export function summarize(progress: Progress, ids?: readonly string[]): { total: number; known: number; review: number; bookmarked: number } {
  const list = ids ?? Object.keys(progress.questions);
  let known = 0;
  let review = 0;
  let bookmarked = 0;
  for (const id of list) {
    const entry = progress.questions[id];
    if (entry?.state === 'known') known++;
    if (entry?.state === 'review') review++;
    if (entry?.bookmarked) bookmarked++;
  }
  return { total: list.length, known, review, bookmarked };
}
