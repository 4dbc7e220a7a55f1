import type { FacetKey, FacetValue } from '../../site/facets.ts';

/** How many values a long filter shows before "Show all". */
export const FACET_VISIBLE = 8;

/** Level and frequency keep their scale's order; every other filter lists its most common values first. */
export function facetDisplayOrder(key: FacetKey, values: readonly FacetValue[]): FacetValue[] {
  if (key === 'difficulty' || key === 'frequency') return [...values];
  return [...values].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
