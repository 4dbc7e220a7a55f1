import { slugify } from '../content/slug.ts';
import { FACETS, type FacetKey } from './facets.ts';
import type { Site } from './load-site.ts';

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
    values.set(facet.key, displayOrder(facet.key, values.get(facet.key) ?? []));
  }
  return values;
}

/** A scale keeps its order (taxonomy terms already follow it); other facets list the most used values first. */
export function displayOrder(key: FacetKey, values: readonly FacetValue[]): FacetValue[] {
  const scale: readonly string[] | undefined = FACETS.find((f) => f.key === key)?.scale;
  if (scale) return [...values].sort((a, b) => scale.indexOf(a.label) - scale.indexOf(b.label));
  return [...values].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
}
