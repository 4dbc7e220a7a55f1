import * as z from 'zod/mini';

/** The longest answer kept per question, in characters. */
export const ANSWER_MAX_LENGTH = 20_000;
/** Finished rounds kept for their summaries, newest first. */
export const ROUNDS_KEPT = 20;

const epochMs = z.number().check(z.int(), z.nonnegative());

/** One question (or predicted example) of a round, and what the candidate did with it. */
export const RoundItemSchema = z.object({
  /** The question's study id, or `<guide>/q<N>-<k>` for a predicted example. */
  id: z.string(),
  /** The study id its grade is stored under. */
  questionId: z.string(),
  title: z.string(),
  url: z.string(),
  /** What the candidate typed (an answer, or predicted lines joined by newlines). */
  answer: z.string().check(z.maxLength(ANSWER_MAX_LENGTH)),
  /** When it was first shown, and when the answer was revealed or the prediction checked. */
  shownAt: z.optional(epochMs),
  revealedAt: z.optional(epochMs),
  grade: z.optional(z.enum(['Again', 'Hard', 'Good', 'Easy'])),
  /** For a prediction: lines right out of lines printed. */
  score: z.optional(z.object({ right: epochMs, total: epochMs })),
});
export type RoundItem = z.infer<typeof RoundItemSchema>;

/** A mock round: what was chosen, the questions drawn, and how far the candidate got. */
export const RoundSchema = z.object({
  id: z.string(),
  kind: z.enum(['interview', 'predict']),
  /** The choice in words: "45 minutes, Senior, Stripe". */
  label: z.string(),
  seed: epochMs,
  startedAt: epochMs,
  roundMs: epochMs,
  questionMs: epochMs,
  position: epochMs,
  finishedAt: z.optional(epochMs),
  items: z.array(RoundItemSchema),
});
export type Round = z.infer<typeof RoundSchema>;

/** Everything `/mock/` keeps in the browser: the round under way and past rounds' summaries. */
export const MockStoreSchema = z.object({
  version: z.literal(1),
  active: z.optional(RoundSchema),
  rounds: z.array(RoundSchema),
});
export type MockStore = z.infer<typeof MockStoreSchema>;

export const emptyMockStore = (): MockStore => ({ version: 1, rounds: [] });

/** Reads stored rounds; anything unreadable starts afresh rather than breaking the page. */
export function readMockStore(raw: string | null): MockStore {
  if (!raw) return emptyMockStore();
  try {
    const parsed = MockStoreSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptyMockStore();
  } catch {
    return emptyMockStore();
  }
}

/** Files a finished round first among the summaries, keeping the newest ROUNDS_KEPT. */
export function finishRound(store: MockStore, round: Round, now: number): MockStore {
  const done = { ...round, finishedAt: round.finishedAt ?? now };
  return {
    version: 1,
    rounds: [done, ...store.rounds.filter((r) => r.id !== round.id)].slice(0, ROUNDS_KEPT),
  };
}
