import { z } from 'zod';
import { listChoices } from '../describe.ts';
import { companyKey, companyName, kebabSlug, noRepeats, nonEmptyText } from './shared.ts';
import { checkCalendarDate } from './calendar-date.ts';

export const GUIDE_DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export const GUIDE_FREQUENCIES = ['rare', 'occasional', 'common', 'very-common'] as const;

const oneOf = (choices: readonly string[]) => `one of ${listChoices(choices)}`;
const positiveInteger = 'a whole number of minutes greater than 0, like 25';

/** The YAML frontmatter at the top of every guide in `content/guides/`. */
export const GuideFrontmatterSchema = z.strictObject(
  {
    /** The guide's title, shown as the page heading. */
    title: nonEmptyText('a non-empty title'),
    /** The guide's subject area as a slug, e.g. `nodejs-core`. */
    category: kebabSlug('a category'),
    /** How demanding the whole guide is. */
    difficulty: z.enum(GUIDE_DIFFICULTIES, { error: oneOf(GUIDE_DIFFICULTIES) }),
    /** Minutes a candidate needs to read the guide. */
    estimatedReadTime: z.number({ error: positiveInteger }).int({ error: positiveInteger }).positive({ error: positiveInteger }),
    /** Optional; when given it must equal the number of `### Question N:` sections. */
    questionCount: z
      .number({ error: 'a whole number of questions, 0 or more' })
      .int({ error: 'a whole number of questions, 0 or more' })
      .nonnegative({ error: 'a whole number of questions, 0 or more' })
      .optional(),
    /** Topics the guide covers, as kebab-case slugs. */
    tags: z
      .array(kebabSlug('a tag'), { error: 'a list of tags, like [express, middleware]' })
      .min(1, { error: 'at least one tag' })
      .superRefine(noRepeats('tag')),
    /** Companies known to ask about this topic; any spelling, Unicode and punctuation included. */
    companies: z
      .array(companyName, { error: 'a list of company names, like [Google, "AT&T"]' })
      .superRefine(noRepeats('company', companyKey)),
    /** How often the topic comes up in interviews. */
    frequency: z.enum(GUIDE_FREQUENCIES, { error: oneOf(GUIDE_FREQUENCIES) }),
    /** When the guide was last reviewed: a real date, YYYY-MM-DD, not in the future. */
    lastUpdated: z.string({ error: 'a date written YYYY-MM-DD' }).superRefine(checkCalendarDate),
  },
  { error: 'a mapping of frontmatter keys' },
);

/** Frontmatter as code sees it, after validation. */
export type GuideFrontmatter = z.output<typeof GuideFrontmatterSchema>;
/** Frontmatter as an author writes it. */
export type GuideFrontmatterInput = z.input<typeof GuideFrontmatterSchema>;
export type GuideDifficulty = (typeof GUIDE_DIFFICULTIES)[number];
export type GuideFrequency = (typeof GUIDE_FREQUENCIES)[number];

export const FRONTMATTER_KEYS = Object.keys(GuideFrontmatterSchema.shape);
