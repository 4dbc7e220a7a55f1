import { z } from 'zod';
import { listChoices } from '../describe.ts';
import { companyKey, companyName, kebabSlug, noRepeats, nonEmptyText } from './shared.ts';

import { LEVELS, QUESTION_FREQUENCIES } from './scales.ts';

export { LEVELS, QUESTION_FREQUENCIES };

/** The metadata lines under each `### Question N: title` heading. */
export const QuestionMetaSchema = z.strictObject({
  /** N as the author wrote it; unique and ascending within a guide, need not start at 1. */
  number: z.number({ error: 'a question number' }).int().positive({ error: 'a question number of 1 or more' }),
  /** The question as asked, from the heading. */
  title: nonEmptyText('a question title after "Question N:"'),
  /** The seniority the question targets (`**Difficulty**:`). */
  level: z.enum(LEVELS, { error: `one of ${listChoices(LEVELS)}` }),
  /** Free-text topic of the question (`**Category**:`), e.g. "Observability". */
  category: nonEmptyText('a category name (non-empty text)'),
  /** Companies known to ask it (`**Companies**:`), comma-separated in the guide. */
  companies: z.array(companyName).superRefine(noRepeats('company', companyKey)),
  /** How often it comes up (`| **Frequency**:`). */
  frequency: z.enum(QUESTION_FREQUENCIES, { error: `one of ${listChoices(QUESTION_FREQUENCIES)}` }),
  /** The question's own topics (`**Tags**:`, optional); without the line it has its guide's tags. */
  tags: z.array(kebabSlug('a tag')).min(1, { error: 'at least one tag, or no **Tags**: line' }).superRefine(noRepeats('tag')).optional(),
});

export type QuestionMeta = z.output<typeof QuestionMetaSchema>;
export type Level = (typeof LEVELS)[number];
export type QuestionFrequency = (typeof QUESTION_FREQUENCIES)[number];
