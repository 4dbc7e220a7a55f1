import * as z from 'zod/mini';

/** Where a candidate stands with a question: not studied yet, to look at again, or known. */
export const STUDY_STATES = ['new', 'review', 'known'] as const;
export type StudyState = (typeof STUDY_STATES)[number];

const count = () => z.number().check(z.int(), z.nonnegative());
const finite = () => z.number().check(z.refine(Number.isFinite));

/** A spaced-repetition card (FSRS), dates as ISO strings. */
export const StoredCardSchema = z.object({
  /** When the question is next due. */
  due: z.iso.datetime(),
  /** FSRS memory stability, in days. */
  stability: finite(),
  /** FSRS difficulty, 1–10. */
  difficulty: finite(),
  /** Days between the last two reviews. */
  elapsedDays: count(),
  /** Days until the next review when it was scheduled. */
  scheduledDays: count(),
  /** Position in the (re)learning steps. */
  learningSteps: count(),
  /** Reviews so far. */
  reps: count(),
  /** Times it was forgotten. */
  lapses: count(),
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().check(z.int(), z.gte(0), z.lte(3)),
  /** When it was last reviewed. */
  lastReview: z.optional(z.iso.datetime()),
});
export type StoredCard = z.infer<typeof StoredCardSchema>;

/** The longest private note kept, in characters. */
export const NOTE_MAX_LENGTH = 20_000;

/** One question's progress. */
export const QuestionProgressSchema = z.object({
  /** New, Review or Known. */
  state: z.enum(STUDY_STATES),
  /** Marked for later. */
  bookmarked: z.boolean(),
  /** The candidate's private plain-text note. */
  note: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
  /** When any of it last changed: the newer side wins when progress is merged. */
  updatedAt: z.iso.datetime(),
  /** Review schedule, once the question has been practised. */
  card: z.optional(StoredCardSchema),
});
export type QuestionProgress = z.infer<typeof QuestionProgressSchema>;

/** Question ids look like `express-js/q3`: the guide's slug and the question's number. */
export const QuestionIdSchema = z.string().check(z.regex(/^[\p{L}\p{N}-]+\/q\d+$/u));

export const CURRENT_VERSION = 2;

/** What is stored now (version 2): progress per question id, each entry checked on its own. */
export const StoredProgressSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  questions: z.record(z.string(), z.unknown()),
});

/** The first stored format (version 1): marks, bookmarks and notes, before review scheduling. */
export const StoredProgressV1Schema = z.object({
  version: z.literal(1),
  known: z.array(z.string()),
  review: z.array(z.string()),
  bookmarks: z.array(z.string()),
  notes: z.record(z.string(), z.string()),
});

/** Progress as the code uses it, every entry valid. */
export interface Progress {
  version: typeof CURRENT_VERSION;
  questions: Record<string, QuestionProgress>;
}
