import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import { blankEntry } from './progress-ops.ts';
import { entryFor, questionTable } from './question-table.ts';
import type { Review } from './review-log.ts';
import type { Progress, QuestionProgress, StoredCard } from './schema.ts';

export { dueIds, untilNextReview } from './due.ts';

/** The four self-grades of a practice session, keys 1–4. */
export const GRADES = [
  { key: '1', name: 'Again', rating: Rating.Again },
  { key: '2', name: 'Hard', rating: Rating.Hard },
  { key: '3', name: 'Good', rating: Rating.Good },
  { key: '4', name: 'Easy', rating: Rating.Easy },
] as const;
export type GradeName = (typeof GRADES)[number]['name'];

/** What a plan changes in the schedule: the desired retention and the longest interval allowed. */
export interface ScheduleOptions {
  retention?: number;
  /** Whole days; set by a plan so every question comes back before the interview. */
  maxIntervalDays?: number;
}

// FSRS with default parameters except the retention and cap chosen; no fuzz, so the same answers give the same schedule.
const schedulers = new Map<string, ReturnType<typeof fsrs>>();
function schedulerFor({ retention = 0.9, maxIntervalDays }: ScheduleOptions = {}) {
  const cap = Math.max(1, Math.floor(maxIntervalDays ?? 36_500));
  const key = `${retention} ${cap}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs({ enable_fuzz: false, request_retention: retention, maximum_interval: cap });
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

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
 * FSRS's next card. Stored cards are validated on every read, so this should never fail; if it
 * does (a clock set back past the last review, a value the checks missed), the card starts
 * afresh rather than losing the grade.
 */
function nextCard(
  stored: StoredCard | undefined,
  now: Date,
  rating: Grade,
  options: ScheduleOptions,
): Card {
  const scheduler = schedulerFor(options);
  if (stored) {
    // A last review up to the clock-skew allowance ahead of this clock counts as "now".
    const reviewedAt = stored.lastReview
      ? Math.max(now.getTime(), Date.parse(stored.lastReview))
      : now.getTime();
    try {
      const next = scheduler.next(toCard(stored), new Date(reviewedAt), rating).card;
      if (
        Number.isFinite(next.stability) &&
        Number.isFinite(next.difficulty) &&
        Number.isFinite(next.due.getTime())
      )
        return next;
    } catch {
      // Falls through to a fresh card below.
    }
  }
  return scheduler.next(createEmptyCard(now), now, rating).card;
}

/** How likely the question is to be recalled now (FSRS retrievability, 0–1); undefined if never practised. */
export function retrievability(stored: StoredCard | undefined, now: Date): number | undefined {
  if (!stored || stored.state === State.New) return undefined;
  try {
    const value = schedulerFor().get_retrievability(toCard(stored), now, false);
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The interval FSRS gives a memory of `stabilityDays` at `retention`: the cost of a retention setting. */
export function intervalAt(retention: number, stabilityDays: number): number {
  return schedulerFor({ retention }).next_interval(stabilityDays, 0);
}

/**
 * Records a self-grade: FSRS reschedules the card, and the review is returned for the log. The
 * question counts as Known only when a spaced review (the card already in long-term review) is
 * recalled Good or Easy: an Easy on first sight is not proof of memory, so it stays Review.
 * Never throws, whatever the stored card holds.
 */
export function gradeQuestion(
  progress: Progress,
  id: string,
  grade: GradeName,
  now: Date = new Date(),
  options: ScheduleOptions = {},
): Progress {
  return gradeWithReview(progress, id, grade, now, options).progress;
}

export function gradeWithReview(
  progress: Progress,
  id: string,
  grade: GradeName,
  now: Date = new Date(),
  options: ScheduleOptions = {},
): { progress: Progress; review: Review } {
  const current: QuestionProgress = entryFor(progress, id) ?? blankEntry(now);
  const rating = GRADES.find((g) => g.name === grade)?.rating ?? Rating.Good;
  const next = nextCard(current.card, now, rating as Grade, options);
  const before = current.card?.state ?? State.New;
  const recalledLater = before === State.Review && rating >= Rating.Good;
  const entry: QuestionProgress = {
    ...current,
    state: recalledLater && next.state === State.Review ? 'known' : 'review',
    card: fromCard(next),
    updatedAt: now.toISOString(),
  };
  const questions = questionTable(Object.entries(progress.questions));
  questions[id] = entry;
  const lastReview = current.card?.lastReview;
  const review: Review = {
    id,
    at: now.toISOString(),
    rating,
    elapsedDays: lastReview
      ? Math.max(0, Math.floor((now.getTime() - Date.parse(lastReview)) / 86_400_000))
      : 0,
    state: before,
  };
  return { progress: { ...progress, questions }, review };
}
