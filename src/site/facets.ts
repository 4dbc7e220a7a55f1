import { slugify } from '../content/slug.ts';
import type { Site } from './load-site.ts';
import type { TaxonomyKey } from './taxonomies.ts';

/** The search filters, in the order the search page shows them. */
export const FACETS = [
  { key: 'company', title: 'Company', taxonomy: 'companies' },
  { key: 'difficulty', title: 'Level', taxonomy: 'levels' },
  { key: 'frequency', title: 'Frequency', taxonomy: 'frequencies' },
  { key: 'tag', title: 'Tag', taxonomy: 'tags' },
  { key: 'category', title: 'Category', taxonomy: 'categories' },
  { key: 'guide', title: 'Guide', taxonomy: undefined },
] as const satisfies ReadonlyArray<{
  key: string;
  title: string;
  taxonomy: TaxonomyKey | undefined;
}>;

export type FacetKey = (typeof FACETS)[number]['key'];

const SCALE_FACETS: ReadonlySet<FacetKey> = new Set(['difficulty', 'frequency']);

export interface FacetValue {
  /** The label as written in guides: what Pagefind filters on. */
  label: string;
  /** Other spellings a URL may use for it (lower-case slugs). */
  aliases: string[];
  /** Questions carrying it. */
  count: number;
}

/** Every value of every facet with its question count, computed once for the search page. */
export function facetValues(site: Site): Map<FacetKey, FacetValue[]> {
  const values = new Map<FacetKey, FacetValue[]>();
  for (const facet of FACETS) {
    if (facet.taxonomy) {
      const terms = site.taxonomy(facet.taxonomy).terms.filter((t) => t.questions.length > 0);
      values.set(
        facet.key,
        terms.map((t) => ({ label: t.label, aliases: [t.slug], count: t.questions.length })),
      );
    } else {
      values.set(
        facet.key,
        site.guides.map((g) => ({
          label: g.frontmatter.title,
          aliases: [...new Set([g.slug, slugify(g.frontmatter.title)])],
          count: g.questions.length,
        })),
      );
    }
    // Levels and frequencies keep their scale's order; other facets list the most used values first.
    if (!SCALE_FACETS.has(facet.key))
      values
        .get(facet.key)
        ?.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
  }
  return values;
}
