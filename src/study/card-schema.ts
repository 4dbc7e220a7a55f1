import * as z from 'zod/mini';
import { objectError } from './object-error.ts';
import { DAY_MS, latestAccepted, momentSchema, perSecond } from './moments.ts';

/*
 * The ranges ts-fsrs 5.4.2 works in (node_modules/ts-fsrs/dist/index.mjs; tests/unit/study-card.test.ts
 * checks them against the library's exports):
 * - stability: S_MIN = 1e-3 and S_MAX = 36500 days; every new stability is clamped to them, and
 *   `next_state` throws "Invalid memory state" when stability < S_MIN.
 * - difficulty: clamped to [1, 10] by `next_difficulty` and `init_difficulty`; `next_state` throws
 *   when difficulty < 1. Stability 0 with difficulty 0 is `createEmptyCard`'s "no memory yet".
 * - state: the `State` enum, New 0, Learning 1, Review 2, Relearning 3.
 * - scheduled_days: `next_interval` caps an interval at maximum_interval (36500 by default), but
 *   `BasicScheduler.next_interval` then spaces hard < good < easy by a day each: up to 36502.
 * - elapsed_days: whole days from last_review to the review (`dateDiffInDays`); a last_review
 *   after the review makes it negative and `next_state` throws "Invalid delta_t".
 * - reps count every review and lapses only a forgotten Review card, so lapses <= reps; a card
 *   comes due after its last review (`applyLearningSteps` adds minutes or days to it).
 */
export const FSRS_LIMITS = {
  stabilityMin: 1e-3,
  stabilityMax: 36_500,
  difficultyMin: 1,
  difficultyMax: 10,
  maximumIntervalDays: 36_500,
  scheduledDaysMax: 36_502,
  stateMax: 3,
} as const;

const count = () =>
  z
    .number()
    .check(
      z.int({ error: 'expected a whole number' }),
      z.nonnegative({ error: 'expected a whole number, 0 or more' }),
    );
const within = (min: number, max: number, error: string) =>
  z.number().check(z.refine((v) => v >= min && v <= max, { error }));
const L = FSRS_LIMITS;
const STABILITY_RANGE = `expected a number from ${L.stabilityMin} to ${L.stabilityMax} (0 only with difficulty 0 on a new card)`;
const DIFFICULTY_RANGE = `expected a number from ${L.difficultyMin} to ${L.difficultyMax} (0 only with stability 0 on a new card)`;

/** A spaced-repetition card (FSRS), dates as ISO strings, every value one ts-fsrs can grade at `now`. */
export const storedCardSchema = perSecond((now: Date) => {
  const latest = latestAccepted(now);
  return z
    .strictObject(
      {
        /** When the question is next due: at most the longest interval after now. */
        due: momentSchema(latest + L.scheduledDaysMax * DAY_MS, 'a due date'),
        /** FSRS memory stability, in days (0 only for a card with no memory yet). */
        stability: within(0, L.stabilityMax, STABILITY_RANGE),
        /** FSRS difficulty, 1–10 (0 only for a card with no memory yet). */
        difficulty: within(0, L.difficultyMax, DIFFICULTY_RANGE),
        /** Days between the last two reviews. */
        elapsedDays: count(),
        /** Days until the next review when it was scheduled. */
        scheduledDays: count().check(
          z.lte(L.scheduledDaysMax, { error: `expected at most ${L.scheduledDaysMax} days` }),
        ),
        /** Position in the (re)learning steps. */
        learningSteps: count(),
        /** Reviews so far. */
        reps: count(),
        /** Times it was forgotten. */
        lapses: count(),
        /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
        state: count().check(
          z.lte(L.stateMax, {
            error: 'expected 0 (new), 1 (learning), 2 (review) or 3 (relearning)',
          }),
        ),
        /** When it was last reviewed: never in the future, or grading it would throw. */
        lastReview: z.optional(momentSchema(latest, 'a last review')),
      },
      {
        error: objectError(
          'expected a review card: due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state and (once reviewed) lastReview',
        ),
      },
    )
    .check(
      z.superRefine((card, ctx) => {
        const blank = card.stability === 0 && card.difficulty === 0 && card.state === 0;
        const issue = (path: string, message: string) =>
          ctx.issues.push({ code: 'custom', path: [path], message, input: card });
        if (!blank && card.stability < L.stabilityMin) issue('stability', STABILITY_RANGE);
        if (!blank && card.difficulty < L.difficultyMin) issue('difficulty', DIFFICULTY_RANGE);
        if (card.lapses > card.reps)
          issue('lapses', `expected at most reps (${card.reps}): every lapse is a review`);
        if (card.lastReview !== undefined && card.lastReview > card.due)
          issue('lastReview', 'expected a time before the due date');
      }),
    );
});
export type StoredCard = z.output<ReturnType<typeof storedCardSchema>>;
