import * as z from 'zod/mini';
import {
  type MockIndex,
  MockIndexSchema,
  type PredictIndex,
  PredictIndexSchema,
} from '../../mock/records.ts';
import { sitePath } from '../base-path.ts';

async function fetchJson<T>(url: string, schema: z.ZodMiniType<T>): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return z.parse(schema, await response.json());
}

let questions: Promise<MockIndex> | undefined;
let examples: Promise<PredictIndex> | undefined;

/** The questions rounds draw from (precached by the service worker, so this works offline). */
export function loadMockQuestions(): Promise<MockIndex> {
  questions ??= fetchJson(sitePath('/mock/questions.json'), MockIndexSchema);
  return questions;
}

/** The examples marked for prediction, fetched only when a drill starts. */
export function loadPredictExamples(): Promise<PredictIndex> {
  examples ??= fetchJson(sitePath('/mock/predict.json'), PredictIndexSchema);
  return examples;
}
