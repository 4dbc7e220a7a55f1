import { shortSlug, slugify } from '../content/slug.ts';
import type { FacetKey, TaxonomyKey } from './facets.ts';

/** The browse page of one term, e.g. `/companies/at-and-t/`. */
export function termUrl(taxonomy: TaxonomyKey, label: string): string {
  return `/${taxonomy}/${slugify(label)}/`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A filtered search, e.g. `searchUrl('company', 'AT&T')` → `/search/?company=AT%26T`. */
export function searchUrl(facet: FacetKey, value: string): string {
  return `/search/?${new URLSearchParams({ [facet]: value }).toString()}`;
}

/** A question's own page: `/guides/express-js/3-how-does-express-route-a-request/` (N is unique in a guide). */
export function questionUrl(guideSlug: string, number: number, title: string): string {
  return `/guides/${guideSlug}/${number}-${shortSlug(title)}/`;
}

/** A search narrowed by several facets at once, e.g. `/search/?tag=redis&company=Google`. */
export function filteredSearchUrl(filters: ReadonlyArray<readonly [FacetKey, string]>): string {
  return `/search/?${new URLSearchParams(filters.map(([k, v]) => [k, v])).toString()}`;
}
