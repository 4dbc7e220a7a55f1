import * as z from 'zod/mini';
import type { FacetKey } from '../client/search/state.ts';

/** One question as the study tools know it, from `/study/questions.json`. */
export const StudyQuestionSchema = z.object({
  id: z.string(),
  url: z.string(),
  number: z.number(),
  title: z.string(),
  guide: z.string(),
  guideTitle: z.string(),
  level: z.string(),
  frequency: z.string(),
  companies: z.array(z.string()),
  tags: z.array(z.string()),
  category: z.string(),
});
export type StudyQuestion = z.infer<typeof StudyQuestionSchema>;

export const StudyIndexSchema = z.object({ questions: z.array(StudyQuestionSchema) });
export type StudyIndex = z.infer<typeof StudyIndexSchema>;

/** A question's values for each search facet, filed as the search index files them. */
export const FACET_VALUES: Record<FacetKey, (q: StudyQuestion) => readonly string[]> = {
  company: (q) => q.companies,
  difficulty: (q) => [q.level],
  frequency: (q) => [q.frequency],
  tag: (q) => q.tags,
  category: (q) => [q.category],
  guide: (q) => [q.guideTitle],
};
