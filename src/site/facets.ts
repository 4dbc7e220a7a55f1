import { LEVELS, QUESTION_FREQUENCIES } from '../content/schema/scales.ts';

/**
 * The one registry of the ways questions are filtered: the search's facets, the browse pages'
 * taxonomies, the study tools' filters and the progress filters all derive from these lists.
 * Browser code imports it, so it stays free of Node and of the rest of the site (a leaf module).
 */

/** A question's filterable values, whichever record they come from (guide, page or built index). */
export interface QuestionFacts {
  companies: readonly string[];
  level: string;
  frequency: string;
  /** Its topics: the question's own tags, or its guide's (see question-tags.ts). */
  tags: readonly string[];
  category: string;
  guideTitle: string;
}

/** The browse pages (`/companies/`, `/tags/` …): each shows one facet's values. */
export type TaxonomyKey = 'companies' | 'tags' | 'levels' | 'frequencies' | 'categories';

interface FacetDefinition {
  /** Pagefind's filter name and the search URL's parameter, e.g. `?company=Stripe`. */
  key: string;
  /** What the filter is called on the page. */
  label: string;
  /** The browse pages that list its values, if any. */
  taxonomy: TaxonomyKey | undefined;
  /** How a question's values are read. */
  values: (question: QuestionFacts) => readonly string[];
  /** A fixed order of values (a scale), or undefined: most questions first, then by name. */
  scale: readonly string[] | undefined;
  /** How a value is written in a URL: as labelled in guides, or as its slug (`very-common`). */
  urlValue: 'label' | 'slug';
}

/** The search filters, in the order the search page shows them. */
export const FACETS = [
  {
    key: 'company',
    label: 'Company',
    taxonomy: 'companies',
    values: (q) => q.companies,
    scale: undefined,
    urlValue: 'label',
  },
  {
    key: 'difficulty',
    label: 'Level',
    taxonomy: 'levels',
    values: (q) => [q.level],
    scale: LEVELS,
    urlValue: 'label',
  },
  {
    key: 'frequency',
    label: 'Frequency',
    taxonomy: 'frequencies',
    values: (q) => [q.frequency],
    // Most asked first.
    scale: [...QUESTION_FREQUENCIES].reverse(),
    urlValue: 'slug',
  },
  {
    key: 'tag',
    label: 'Tag',
    taxonomy: 'tags',
    values: (q) => q.tags,
    scale: undefined,
    urlValue: 'label',
  },
  {
    key: 'category',
    label: 'Category',
    taxonomy: 'categories',
    values: (q) => [q.category],
    scale: undefined,
    urlValue: 'label',
  },
  {
    key: 'guide',
    label: 'Guide',
    taxonomy: undefined,
    values: (q) => [q.guideTitle],
    scale: undefined,
    urlValue: 'label',
  },
] as const satisfies readonly FacetDefinition[];

export type Facet = (typeof FACETS)[number];
export type FacetKey = Facet['key'];
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);

/** The facet one browse page lists, e.g. `companies` → `company`. */
export function facetOfTaxonomy(taxonomy: TaxonomyKey): Facet {
  return FACETS.find((f) => f.taxonomy === taxonomy) as Facet;
}

/** Every facet with no values, the start of a filter state. */
export function emptyFilters(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACET_KEYS.map((key) => [key, []])) as unknown as Record<
    FacetKey,
    string[]
  >;
}

/** Where a question stands for the candidate, as the progress filters read it. */
export interface ProgressFacts {
  state?: 'new' | 'review' | 'known' | undefined;
  bookmarked?: boolean | undefined;
}

interface ProgressFilterDefinition {
  /** The URL's `progress=` value and the checkbox's value. */
  value: string;
  label: string;
  test: (entry: ProgressFacts | undefined) => boolean;
}

/** The candidate's own filters, applied in the browser: lists, search and practice offer these. */
export const PROGRESS_FILTERS = [
  { value: 'review', label: 'Review', test: (e) => e?.state === 'review' },
  { value: 'bookmarked', label: 'Bookmarked', test: (e) => e?.bookmarked === true },
  { value: 'not-known', label: 'Not yet known', test: (e) => e?.state !== 'known' },
] as const satisfies readonly ProgressFilterDefinition[];

export type ProgressFilter = (typeof PROGRESS_FILTERS)[number]['value'];
export const PROGRESS_VALUES: readonly ProgressFilter[] = PROGRESS_FILTERS.map((f) => f.value);

/** Every ticked progress filter must hold (AND), like facets across filters. */
export function passesProgress(
  entry: ProgressFacts | undefined,
  filters: readonly string[],
): boolean {
  return PROGRESS_FILTERS.every((f) => !filters.includes(f.value) || f.test(entry));
}

/** The definition of one facet. */
export function facetByKey(key: FacetKey): Facet {
  return FACETS.find((f) => f.key === key) as Facet;
}
