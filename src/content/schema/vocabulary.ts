import { z } from 'zod';
import { companyKey, companyName, kebabSlug, noRepeats } from './shared.ts';

/** `content/vocabulary.yaml`: the one spelling of each company and the tags guides may use. */
export const VocabularySchema = z.strictObject({
  /** Every company name, spelled once, the way guides must write it. */
  companies: z.array(companyName).superRefine(noRepeats('company', companyKey)),
  /** Every tag a guide may use. */
  tags: z.array(kebabSlug('a tag')).superRefine(noRepeats('tag')),
});

export type Vocabulary = z.output<typeof VocabularySchema>;
