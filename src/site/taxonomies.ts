import { slugify } from '../content/slug.ts';
import type { GuideSummary, QuestionSummary } from '../render/render-guide.ts';
import { facetOfTaxonomy, type TaxonomyKey } from './facets.ts';
import { questionFacts } from './question-tags.ts';
import { frequencyRank } from './search-records.ts';

export type { TaxonomyKey };

/** One value of a facet (a company, a tag, …) with what carries it. */
export interface Term {
  slug: string;
  label: string;
  url: string;
  questions: QuestionSummary[];
  /** Guides that name the term in their frontmatter (companies and tags). */
  guides: GuideSummary[];
}

/** A way to browse questions: by company, tag, level, frequency or category. */
export interface Taxonomy {
  key: TaxonomyKey;
  title: string;
  /** What one term is called, e.g. "Company". */
  singular: string;
  url: string;
  intro: string;
  /** What a label of this kind means and does not mean, shown on its pages. */
  note?: string | undefined;
  terms: Term[];
  bySlug: ReadonlyMap<string, Term>;
}

interface TaxonomyDefinition {
  key: TaxonomyKey;
  title: string;
  singular: string;
  intro: string;
  /** What a label of this kind means and does not mean, shown on its pages. */
  note?: string | undefined;
  ofGuide?: (guide: GuideSummary) => readonly string[];
  /** List a term's questions most asked first (otherwise in guide order). */
  byFrequency?: boolean;
}

/** Company and frequency labels are reports, not facts: the pages say so. */
const COMPANY_NOTE =
  "A company label means candidates have reported being asked this in that company's interview loops. It is not a statement by the company, and loops change.";
const FREQUENCY_NOTE =
  'Frequency is our reading of those reports (how often a question of this kind comes up across interviews), not a measured count.';

const DEFINITIONS: readonly TaxonomyDefinition[] = [
  {
    key: 'companies',
    title: 'Companies',
    singular: 'Company',
    intro: 'Questions by the companies known to ask them.',
    note: COMPANY_NOTE,
    ofGuide: (g) => g.frontmatter.companies,
    byFrequency: true,
  },
  {
    key: 'tags',
    title: 'Tags',
    singular: 'Tag',
    intro: 'Questions by topic, with the companies that ask about each.',
    ofGuide: (g) => g.frontmatter.tags,
    byFrequency: true,
  },
  {
    key: 'levels',
    title: 'Levels',
    singular: 'Level',
    intro: 'Questions by the seniority they target.',
  },
  {
    key: 'frequencies',
    title: 'Frequencies',
    singular: 'Frequency',
    intro: 'Questions by how often they come up in interviews.',
    note: FREQUENCY_NOTE,
  },
  {
    key: 'categories',
    title: 'Categories',
    singular: 'Category',
    intro: 'Questions by their category.',
  },
];

/** Every taxonomy with its terms, computed once per build. */
export function buildTaxonomies(guides: readonly GuideSummary[]): Taxonomy[] {
  return DEFINITIONS.map((definition) => buildTaxonomy(definition, guides));
}

function buildTaxonomy(definition: TaxonomyDefinition, guides: readonly GuideSummary[]): Taxonomy {
  // How a question's terms are read and ordered comes from the facet the taxonomy lists.
  const facet = facetOfTaxonomy(definition.key);
  const url = `/${definition.key}/`;
  const terms = new Map<string, Term & { spellings: Map<string, number> }>();
  const termFor = (label: string) => {
    const slug = slugify(label);
    let term = terms.get(slug);
    if (!term) {
      term = {
        slug,
        label,
        url: `${url}${slug}/`,
        questions: [],
        guides: [],
        spellings: new Map(),
      };
      terms.set(slug, term);
    }
    term.spellings.set(label, (term.spellings.get(label) ?? 0) + 1);
    return term;
  };
  for (const guide of guides) {
    for (const label of definition.ofGuide?.(guide) ?? []) {
      const term = termFor(label);
      if (!term.guides.includes(guide)) term.guides.push(guide);
    }
    for (const question of guide.questions) {
      for (const label of new Set(facet.values(questionFacts(question, guide)))) {
        const term = termFor(label);
        if (!term.questions.includes(question)) term.questions.push(question);
      }
    }
  }
  const list = [...terms.values()].map(({ spellings, ...term }) => ({
    ...term,
    label: mostUsed(spellings) ?? term.label,
  }));
  // Array.prototype.sort is stable: equal frequencies keep guide order.
  if (definition.byFrequency)
    for (const term of list)
      term.questions.sort((a, b) => frequencyRank(b.frequency) - frequencyRank(a.frequency));
  const order: readonly string[] | undefined = facet.scale;
  list.sort(
    order
      ? (a, b) => order.indexOf(a.label) - order.indexOf(b.label)
      : (a, b) => b.questions.length - a.questions.length || a.label.localeCompare(b.label, 'en'),
  );
  return { ...definition, url, terms: list, bySlug: new Map(list.map((t) => [t.slug, t])) };
}

function mostUsed(counts: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
