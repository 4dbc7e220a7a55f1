import * as z from 'zod/mini';

/** The parts of one question a practice card reveals, as sanitised HTML from the build. */
export const CardContentSchema = z.object({
  /** The question's id, `guide/qN`. */
  id: z.string(),
  quickAnswerHtml: z.string(),
  detailedAnswerHtml: z.string(),
  /** The code example with its TypeScript version, when the question has one. */
  codeExampleHtml: z.optional(z.string()),
  followUpsHtml: z.array(z.string()),
});
export type CardContent = z.output<typeof CardContentSchema>;

/** One guide's cards, `/study/cards/<guide>.json`. */
export const GuideCardsSchema = z.object({ cards: z.array(CardContentSchema) });
export type GuideCards = z.output<typeof GuideCardsSchema>;
