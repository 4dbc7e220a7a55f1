import * as z from 'zod/mini';
import { QuestionIdSchema } from './schema.ts';

/** The most reviews kept: about 80 bytes each, so the log stays far below the browser's storage. */
export const REVIEW_LOG_MAX = 3000;

/** One graded review: what the heatmap, recall and the daily new-question count are made from. */
export const ReviewSchema = z.strictObject({
  /** The question's id. */
  id: QuestionIdSchema,
  /** When it was graded (UTC ISO). */
  at: z.iso.datetime(),
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: z.int().check(z.gte(1), z.lte(4)),
  /** Whole days since the review before (0 for a first review). */
  elapsedDays: z.int().check(z.gte(0)),
  /** FSRS state before the grade: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.int().check(z.gte(0), z.lte(3)),
});
export type Review = z.output<typeof ReviewSchema>;

export const ReviewLogSchema = z.array(ReviewSchema);

/** Oldest first, one entry per question and moment, at most REVIEW_LOG_MAX (the oldest go first). */
export function normalizeLog(reviews: readonly Review[]): Review[] {
  const seen = new Set<string>();
  const unique = [...reviews]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .filter((r) => {
      const key = `${r.id} ${r.at}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return unique.slice(Math.max(0, unique.length - REVIEW_LOG_MAX));
}

export function appendReview(log: readonly Review[], review: Review): Review[] {
  return normalizeLog([...log, review]);
}

/** The valid reviews of untrusted data; anything else is dropped. */
export function readLog(data: unknown): Review[] {
  if (!Array.isArray(data)) return [];
  return normalizeLog(
    data.flatMap((item) => {
      const parsed = ReviewSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  );
}
