import { drawAtRandom } from './random.ts';
import {
  describeChoice,
  MINUTES_PER_QUESTION,
  matchesChoice,
  questionsInRound,
  type RoundChoice,
} from './round-choice.ts';
import type { Round, RoundItem } from './round-schema.ts';
import type { MockQuestion, PredictExample } from './records.ts';

const MINUTE = 60_000;
/** Examples in a predict drill, and minutes for each. */
export const PREDICT_COUNT = 3;
export const PREDICT_MINUTES = 3;

/** A round before it starts: what to ask and how long, not yet when. */
export type NewRound = Omit<Round, 'id' | 'startedAt' | 'position'>;

/** An interview round for this choice, or undefined when no question matches it. */
export function interviewRound(
  questions: readonly MockQuestion[],
  choice: RoundChoice,
  seed: number,
): NewRound | undefined {
  const pool = questions.filter((q) => matchesChoice(q, choice.filters));
  if (pool.length === 0) return undefined;
  const items = drawAtRandom(pool, questionsInRound(choice.minutes), seed).map((q): RoundItem => ({
    id: q.id,
    questionId: q.id,
    title: q.title,
    url: q.url,
    answer: '',
  }));
  return {
    kind: 'interview',
    label: describeChoice(choice),
    seed,
    roundMs: choice.minutes * MINUTE,
    questionMs: MINUTES_PER_QUESTION * MINUTE,
    items,
  };
}

/** A drill of PREDICT_COUNT marked examples drawn at random, or of the one named `only`. */
export function predictRound(
  examples: readonly PredictExample[],
  seed: number,
  only?: string,
): NewRound {
  const chosen = examples.filter((e) => e.id === only);
  const items = drawAtRandom(chosen.length > 0 ? chosen : examples, PREDICT_COUNT, seed).map(
    (e): RoundItem => ({
      id: e.id,
      questionId: e.questionId,
      title: e.title,
      url: e.url,
      answer: '',
    }),
  );
  return {
    kind: 'predict',
    label: `Predict the output, ${items.length} example${items.length === 1 ? '' : 's'}`,
    seed,
    roundMs: items.length * PREDICT_MINUTES * MINUTE,
    questionMs: PREDICT_MINUTES * MINUTE,
    items,
  };
}
