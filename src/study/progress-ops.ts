import { entryFor, questionTable } from './question-table.ts';
import { CURRENT_VERSION, type Progress, type QuestionProgress } from './schema.ts';

export function emptyProgress(): Progress {
  return { version: CURRENT_VERSION, questions: questionTable() };
}

export function blankEntry(now: Date): QuestionProgress {
  return { state: 'new', bookmarked: false, note: '', updatedAt: now.toISOString() };
}

/** True when an entry holds nothing a blank one does not: it need not be stored. */
export function isBlank(entry: QuestionProgress): boolean {
  return (
    entry.state === 'new' && !entry.bookmarked && entry.note === '' && entry.card === undefined
  );
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** A copy of progress with one question changed; an entry back to its defaults is removed. */
export function updateQuestion(
  progress: Progress,
  id: string,
  change: Partial<Omit<QuestionProgress, 'updatedAt'>>,
  now: Date = new Date(),
): Progress {
  const next: QuestionProgress = {
    ...(entryFor(progress, id) ?? blankEntry(now)),
    ...change,
    updatedAt: now.toISOString(),
  };
  const questions = questionTable(Object.entries(progress.questions));
  if (isBlank(next)) delete questions[id];
  else questions[id] = next;
  return { ...progress, questions };
}

/** Combines two progress records question by question; the more recently changed entry wins. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const questions = questionTable(Object.entries(current.questions));
  for (const [id, entry] of Object.entries(incoming.questions)) {
    const mine = entryFor(current, id);
    if (!mine || Date.parse(entry.updatedAt) > Date.parse(mine.updatedAt)) questions[id] = entry;
  }
  return { version: CURRENT_VERSION, questions };
}

/**
 * Stored ids split by whether the site has the question. Progress for an unknown id (a removed
 * question, or a file from elsewhere) is kept and exported, but never counted.
 */
export function splitByIndex(
  progress: Progress,
  siteIds: ReadonlySet<string>,
): { known: string[]; unknown: string[] } {
  const ids = Object.keys(progress.questions);
  return {
    known: ids.filter((id) => siteIds.has(id)),
    unknown: ids.filter((id) => !siteIds.has(id)),
  };
}

/** Totals for a set of questions: pass the site's ids (or a subset), never the stored keys alone. */
export function summarize(
  progress: Progress,
  ids: readonly string[],
): { total: number; known: number; review: number; bookmarked: number } {
  let known = 0;
  let review = 0;
  let bookmarked = 0;
  for (const id of ids) {
    const entry = entryFor(progress, id);
    if (entry?.state === 'known') known++;
    if (entry?.state === 'review') review++;
    if (entry?.bookmarked) bookmarked++;
  }
  return { total: ids.length, known, review, bookmarked };
}
