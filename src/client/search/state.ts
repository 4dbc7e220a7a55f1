import {
  emptyFilters,
  FACETS,
  FACET_KEYS,
  type FacetKey,
  PROGRESS_VALUES,
} from '../../site/facets.ts';

/** What a search is: the query, the ticked filter values and the order. The URL holds all of it. */
export { FACET_KEYS, type FacetKey };
/** The orders a search can have besides best match: Pagefind sort key and direction. */
export const SORTS = {
  frequency: { key: 'frequency', direction: 'desc' },
  level: { key: 'level', direction: 'asc' },
  'level-desc': { key: 'level', direction: 'desc' },
  updated: { key: 'updated', direction: 'desc' },
} as const satisfies Record<string, { key: string; direction: 'asc' | 'desc' }>;
export type SortKey = '' | keyof typeof SORTS;

export function isSortKey(value: string): value is SortKey {
  return value === '' || Object.hasOwn(SORTS, value);
}

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  sort: SortKey;
  /** The candidate's own filters (review, bookmarked, not-known), applied in the browser. */
  progress: string[];
}

/** For each facet, its values as written in guides and the other spellings (slugs) a URL may use. */
export type KnownValues = Record<
  FacetKey,
  ReadonlyArray<{ label: string; aliases: readonly string[] }>
>;

export function emptyState(): SearchState {
  return {
    q: '',
    filters: emptyFilters(),
    sort: '',
    progress: [],
  };
}

/**
 * Reads `?q=redis&company=Uber&difficulty=Staff&frequency=very-common`, a key repeated for several
 * values. Each value may be the label as written in guides or its lower-case slug; it is resolved to
 * the label. A value no guide uses is kept as written, so it honestly matches nothing.
 */
export function parseState(search: string, known: KnownValues): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  state.progress = PROGRESS_VALUES.filter((v) => params.getAll('progress').includes(v));
  const sort = params.get('sort') ?? '';
  state.sort = isSortKey(sort) ? sort : '';
  for (const key of FACET_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split('\u0000'))
      .map((v) => v.trim())
      .filter((v) => v !== '');
    state.filters[key] = [...new Set(values.map((v) => resolveValue(v, known[key])))];
  }
  return state;
}

function resolveValue(value: string, known: KnownValues[FacetKey]): string {
  const lower = value.toLowerCase();
  const match =
    known.find((k) => k.label === value) ??
    known.find((k) => k.label.toLowerCase() === lower) ??
    known.find((k) => k.aliases.includes(lower));
  return match?.label ?? value;
}

/** The query string for a state; each value as its facet writes it in URLs (label, or slug like `very-common`). */
export function serializeState(state: SearchState, known: KnownValues): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) {
    for (const value of state.filters[facet.key]) {
      const slug =
        facet.urlValue === 'slug'
          ? known[facet.key].find((k) => k.label === value)?.aliases[0]
          : undefined;
      params.append(facet.key, slug ?? value);
    }
  }
  for (const value of state.progress) params.append('progress', value);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Pagefind filters: OR within a facet (`any`), AND across facets. `except` leaves one facet out, for its counts. */
export function pagefindFilters(
  state: SearchState,
  except?: FacetKey,
): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    if (key !== except && state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  }
  return filters;
}

/** Whether Pagefind has anything to narrow on (words or facets). */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || FACET_KEYS.some((k) => state.filters[k].length > 0);
}
