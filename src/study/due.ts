import type { Progress } from './schema.ts';

// Due dates, kept apart from the FSRS scheduler so pages that only show them do not load it.

/** The end of the reader's calendar day: anything due before it is due today. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** Practised questions whose next review falls today or earlier. */
export function dueIds(progress: Progress, now: Date = new Date()): string[] {
  const limit = endOfDay(now).toISOString();
  return Object.entries(progress.questions)
    .filter(([, entry]) => entry.card !== undefined && entry.card.due <= limit)
    .sort(([, a], [, b]) => (a.card?.due ?? '').localeCompare(b.card?.due ?? ''))
    .map(([id]) => id);
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
