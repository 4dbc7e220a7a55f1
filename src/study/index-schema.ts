import * as z from 'zod/mini';

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
