import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import type { Progress, QuestionProgress, StoredCard } from './schema.ts';
import { blankEntry } from './progress.ts';

/** The four self-grades of a practice session, keys 1–4. */
export const GRADES = [
  { key: '1', name: 'Again', rating: Rating.Again },
  { key: '2', name: 'Hard', rating: Rating.Hard },
  { key: '3', name: 'Good', rating: Rating.Good },
  { key: '4', name: 'Easy', rating: Rating.Easy },
] as const;
export type GradeName = (typeof GRADES)[number]['name'];

// FSRS with its default parameters; no fuzz, so the same answers give the same schedule.
const scheduler = fsrs({ enable_fuzz: false });

function toCard(stored: StoredCard): Card {
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.lastReview ? { last_review: new Date(stored.lastReview) } : {}),
  };
}

function fromCard(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/**
 * Records a self-grade: FSRS reschedules the card. The question counts as Known once FSRS has
 * graduated it to long-term review with a Good or Easy answer; until then it is marked Review.
 */
export function gradeQuestion(progress: Progress, id: string, grade: GradeName, now: Date = new Date()): Progress {
  const current: QuestionProgress = progress.questions[id] ?? blankEntry(now);
  const rating = GRADES.find((g) => g.name === grade)?.rating ?? Rating.Good;
  const card = current.card ? toCard(current.card) : createEmptyCard(now);
  const next = scheduler.next(card, now, rating as Grade).card;
  const entry: QuestionProgress = {
    ...current,
    state: rating >= Rating.Good && next.state === State.Review ? 'known' : 'review',
    card: fromCard(next),
    updatedAt: now.toISOString(),
  };
  return { ...progress, questions: { ...progress.questions, [id]: entry } };
}

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
