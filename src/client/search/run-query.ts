import { LEVELS } from '../../content/schema/scales.ts';
import type { Pagefind, PagefindOptions, PagefindResult, PagefindSearch } from './pagefind.ts';
import { queryVariants, type Synonyms } from './query-words.ts';

const EVERYTHING = { difficulty: { any: LEVELS } };

/**
 * One search with synonyms applied: the query and each synonym variant run in Pagefind (which
 * matches all words), and their results are merged without repeats, best score first or in the
 * requested order. Facet counts are Pagefind's own for a single query, and counted from the
 * merged results otherwise.
 */
export async function searchWithSynonyms(
  pagefind: Pagefind,
  term: string | null,
  options: PagefindOptions,
  synonyms: Synonyms,
): Promise<PagefindSearch> {
  const filters =
    options.filters && Object.keys(options.filters).length > 0
      ? options.filters
      : term === null
        ? EVERYTHING
        : undefined;
  const base = { ...options, ...(filters ? { filters } : {}) };
  const variants = term === null ? [null] : queryVariants(term, synonyms);
  const searches = await Promise.all(variants.map((v) => pagefind.search(v, base)));
  if (searches.length === 1) return searches[0] as PagefindSearch;
  const byId = new Map<string, PagefindResult>();
  for (const search of searches)
    for (const r of search.results) if ((byId.get(r.id)?.score ?? -1) < r.score) byId.set(r.id, r);
  let results = [...byId.values()];
  if (options.sort) {
    // Every record in the requested order, to place the merged results (one search, no fragments loaded).
    const order = (
      await pagefind.search(null, { filters: EVERYTHING, sort: options.sort })
    ).results.map((r) => r.id);
    const rank = new Map(order.map((id, i) => [id, i]));
    results.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  } else {
    results = results.sort((a, b) => b.score - a.score);
  }
  const counts: Record<string, Record<string, number>> = {};
  for (const data of await Promise.all(results.map((r) => r.data()))) {
    for (const [facet, values] of Object.entries(data.filters ?? {})) {
      const facetCounts = (counts[facet] ??= {});
      for (const value of values) facetCounts[value] = (facetCounts[value] ?? 0) + 1;
    }
  }
  return { results, filters: counts, totalFilters: searches[0]?.totalFilters ?? {} };
}
