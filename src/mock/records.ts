import * as z from 'zod/mini';
import { PREDICT_MODES } from '../examples/predict-marker.ts';

const facetList = z.array(z.string());

/** One question as a mock round shows it, from `/mock/questions.json` (built from the site data). */
export const MockQuestionSchema = z.object({
  /** The study id (`<guide>/q<N>`) its grade is stored under. */
  id: z.string(),
  url: z.string(),
  title: z.string(),
  /** The guide's title: a round shows the topic, not the level or companies. */
  guideTitle: z.string(),
  /** Its values for each facet a round is chosen by, as guides write them. */
  facets: z.object({ company: facetList, difficulty: facetList, guide: facetList, tag: facetList }),
  /** The Quick Answer, sanitised HTML as the question page shows it. */
  quickAnswerHtml: z.string(),
  /** The Detailed Answer's key points in plain text: its top-level list items or lead sentences. */
  keyPoints: z.array(z.string()),
});
export type MockQuestion = z.infer<typeof MockQuestionSchema>;

export const MockIndexSchema = z.object({ questions: z.array(MockQuestionSchema) });
export type MockIndex = z.infer<typeof MockIndexSchema>;

/** One marked example, from `/mock/predict.json`. */
export const PredictExampleSchema = z.object({
  /** `<guide>/q<N>-<k>`, as `npm run example --` names it. */
  id: z.string(),
  /** The study id of its question, which the drill's result grades. */
  questionId: z.string(),
  url: z.string(),
  title: z.string(),
  mode: z.enum(PREDICT_MODES),
  /** The TypeScript version's source, marker removed. */
  code: z.string(),
  /** The recorded output, as `npm test` verified it. */
  output: z.string(),
});
export type PredictExample = z.infer<typeof PredictExampleSchema>;

export const PredictIndexSchema = z.object({ examples: z.array(PredictExampleSchema) });
export type PredictIndex = z.infer<typeof PredictIndexSchema>;
