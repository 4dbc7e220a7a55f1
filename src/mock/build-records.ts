import type { Site } from '../site/load-site.ts';
import type { MockIndex, MockQuestion, PredictExample, PredictIndex } from './records.ts';

/**
 * Every question a mock round may draw, with what its reveal shows: each guide's as the guides
 * loader made them from the rendered guide (src/study/mock-questions.ts), so no guide is read here.
 */
export function mockIndex(site: Site): MockIndex {
  return {
    questions: site.guides.flatMap(
      (summary) => JSON.parse(site.studyJson(summary.slug, 'mock')) as MockQuestion[],
    ),
  };
}

/**
 * Every example marked `// @predict`, with its code and recorded output: each guide's as the
 * guides loader read them (src/study/predict-examples.ts), so no example file is read here.
 */
export function predictIndex(site: Site): PredictIndex {
  return {
    examples: site.guides.flatMap(
      (summary) => JSON.parse(site.studyJson(summary.slug, 'predict')) as PredictExample[],
    ),
  };
}
