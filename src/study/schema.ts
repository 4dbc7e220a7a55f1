import * as z from 'zod/mini';
import { storedCardSchema } from './card-schema.ts';
import { latestAccepted, momentSchema, perSecond } from './moments.ts';
import { objectError } from './object-error.ts';

export { type StoredCard, storedCardSchema } from './card-schema.ts';

/** Where a candidate stands with a question: not studied yet, to look at again, or known. */
export const STUDY_STATES = ['new', 'review', 'known'] as const;
export type StudyState = (typeof STUDY_STATES)[number];

/** The longest private note kept, in characters. */
export const NOTE_MAX_LENGTH = 20_000;

/** One question's progress, as it may be stored or imported at `now` (no time after now + skew). */
export const questionProgressSchema = perSecond((now: Date) =>
  z.strictObject(
    {
      /** New, Review or Known. */
      state: z.enum(STUDY_STATES),
      /** Marked for later. */
      bookmarked: z.boolean(),
      /** The candidate's private plain-text note. */
      note: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
      /** When any of it last changed: the newer side wins when progress is merged. */
      updatedAt: momentSchema(latestAccepted(now), 'a change time'),
      /** Review schedule, once the question has been practised. */
      card: z.optional(storedCardSchema(now)),
    },
    {
      error: objectError(
        'expected an object with state, bookmarked, note, updatedAt and (once practised) card',
      ),
    },
  ),
);
export type QuestionProgress = z.output<ReturnType<typeof questionProgressSchema>>;

/** Question ids look like `express-js/q3`: the guide's slug and the question's number. */
export const QuestionIdSchema = z
  .string()
  .check(
    z.regex(/^[\p{L}\p{N}-]+\/q\d+$/u, { error: 'expected a question id like express-js/q3' }),
  );

export const CURRENT_VERSION = 2;

/**
 * A JSON object keyed by text a stranger chose. Not `z.record`: it builds its result with plain
 * assignment, so a `__proto__` key would vanish; callers walk `Object.entries` of the input instead.
 */
export const KeyedObjectSchema = z.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { error: 'expected an object keyed by question id' },
);

/** What is stored now (version 2): progress per question id, each entry checked on its own. */
export const StoredProgressSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  questions: KeyedObjectSchema,
});

/** The first stored format (version 1): marks, bookmarks and notes, before review scheduling. */
export const StoredProgressV1Schema = z.object({
  version: z.literal(1),
  known: z.array(z.string()),
  review: z.array(z.string()),
  bookmarks: z.array(z.string()),
  notes: KeyedObjectSchema.check(
    z.refine((notes) => Object.values(notes).every((note) => typeof note === 'string'), {
      error: 'expected every note to be text',
    }),
  ),
});

/**
 * Progress as the code uses it, every entry valid. `questions` has no prototype (see
 * `questionTable`), and is read through `entryFor`, so no id ever finds an inherited member.
 */
export interface Progress {
  version: typeof CURRENT_VERSION;
  questions: Record<string, QuestionProgress>;
}
