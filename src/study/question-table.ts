import type { Progress, QuestionProgress } from './schema.ts';

/**
 * Progress is keyed by question ids that come from files anyone can write, so the table has no
 * prototype (`__proto__` is an ordinary key in it) and every read goes through `Object.hasOwn`.
 */
export function questionTable(
  entries: Iterable<readonly [string, QuestionProgress]> = [],
): Record<string, QuestionProgress> {
  const table = Object.create(null) as Record<string, QuestionProgress>;
  for (const [id, entry] of entries) table[id] = entry;
  return table;
}

/** The stored entry of one question, never an inherited member such as `constructor`. */
export function entryFor(progress: Progress, id: string): QuestionProgress | undefined {
  return Object.hasOwn(progress.questions, id) ? progress.questions[id] : undefined;
}

/** A value's own enumerable [key, value] pairs, `__proto__` included, or none for a non-object. */
export function ownEntries(value: unknown): Array<[string, unknown]> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value)
    : [];
}
