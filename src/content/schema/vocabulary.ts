import { z } from 'zod';
import { companyKey, companyName, kebabSlug, noRepeats } from './shared.ts';

/** `content/vocabulary.yaml`: the one spelling of each company and the tags guides may use. */
export const VocabularySchema = z.strictObject({
  /** Every company name, spelled once, the way guides must write it. */
  companies: z.array(companyName).superRefine(noRepeats('company', companyKey)),
  /** Every tag a guide may use. */
  tags: z.array(kebabSlug('a tag')).superRefine(noRepeats('tag')),
  /**
   * Search synonyms (optional): groups of words or phrases that mean the same, e.g.
   * `[kubernetes, k8s]`. A search for any of them also finds pages saying another; list first the
   * form the guides use. Lower-case, at least two per group, each in one group only.
   */
  synonyms: z
    .array(z.array(z.string({ error: 'a lower-case word or phrase' }).trim().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N} .#+-]*$/u, { error: 'a lower-case word or phrase' })).min(2, { error: 'a group of at least two synonyms' }))
    .superRefine((groups, ctx) => {
      const seen = new Set<string>();
      groups.forEach((group, g) =>
        group.forEach((word, w) => {
          if (seen.has(word)) ctx.addIssue({ code: 'custom', path: [g, w], message: `each synonym in one group only; "${word}" is listed twice` });
          seen.add(word);
        }),
      );
    })
    .default([]),
});

export type Vocabulary = z.output<typeof VocabularySchema>;
