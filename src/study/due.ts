import { entryFor } from './question-table.ts';
import type { Progress } from './schema.ts';

// Due dates, kept apart from the FSRS scheduler so pages that only show them do not load it.

/** The end of the reader's calendar day: anything due before it is due today. */
function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** When a question is next due (ms), or undefined if it was never practised. */
function dueTime(progress: Progress, id: string): number | undefined {
  const due = entryFor(progress, id)?.card?.due;
  return due === undefined ? undefined : Date.parse(due);
}

/**
 * Whether a question has been practised and is due: a long-term review due any time today, or a
 * (re)learning step whose minutes have passed. A step due in ten minutes is not counted yet, so
 * right after a session the count is what is really left.
 */
export function isDueBy(progress: Progress, now: Date = new Date()): (id: string) => boolean {
  const limit = endOfDay(now).getTime();
  return (id) => {
    const card = entryFor(progress, id)?.card;
    if (!card) return false;
    const due = Date.parse(card.due);
    return due <= now.getTime() || (card.state === LONG_TERM_REVIEW && due <= limit);
  };
}

// FSRS's State.Review, written out so pages that only count due cards do not load the scheduler.
const LONG_TERM_REVIEW = 2;

/** Orders question ids by next review, soonest first (never practised first of all). */
export function byNextReview(progress: Progress): (a: string, b: string) => number {
  return (a, b) => (dueTime(progress, a) ?? -Infinity) - (dueTime(progress, b) ?? -Infinity) || 0;
}

/** Which of `ids` (the site's questions, so stored ids the site lacks never count) are due today, soonest first. */
export function dueIds(
  progress: Progress,
  ids: readonly string[],
  now: Date = new Date(),
): string[] {
  return ids.filter(isDueBy(progress, now)).sort(byNextReview(progress));
}

/** "in 10 minutes", "tomorrow", "in 4 days": when a card comes back. */
export function untilNextReview(dueIso: string, now: Date = new Date()): string {
  const minutes = Math.round((Date.parse(dueIso) - now.getTime()) / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}
