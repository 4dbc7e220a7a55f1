import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import { blankEntry } from './progress-ops.ts';
import { entryFor, questionTable } from './question-table.ts';
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
 * FSRS's next card. Stored cards are validated on every read, so this should never fail; if it
 * does (a clock set back past the last review, a value the checks missed), the card starts
 * afresh rather than losing the grade.
 */
function nextCard(stored: StoredCard | undefined, now: Date, rating: Grade): Card {
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

/**
 * Records a self-grade: FSRS reschedules the card. The question counts as Known once FSRS has
 * graduated it to long-term review with a Good or Easy answer; until then it is marked Review.
 * Never throws, whatever the stored card holds.
 */
export function gradeQuestion(
  progress: Progress,
  id: string,
  grade: GradeName,
  now: Date = new Date(),
): Progress {
  const current: QuestionProgress = entryFor(progress, id) ?? blankEntry(now);
  const rating = GRADES.find((g) => g.name === grade)?.rating ?? Rating.Good;
  const next = nextCard(current.card, now, rating as Grade);
  const entry: QuestionProgress = {
    ...current,
    state: rating >= Rating.Good && next.state === State.Review ? 'known' : 'review',
    card: fromCard(next),
    updatedAt: now.toISOString(),
  };
  const questions = questionTable(Object.entries(progress.questions));
  questions[id] = entry;
  return { ...progress, questions };
}
