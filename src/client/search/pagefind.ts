import { HIGHLIGHT_PARAM } from './pagefind-param.ts';
import { sitePath } from '../base-path.ts';

/** The parts of Pagefind's browser API the search page uses (it is served from /pagefind/, not bundled). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindOptions {
  filters?: Record<string, { any: readonly string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindOptions): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; later calls share it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = sitePath('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Searching on the page's own thread spares fetching Pagefind's worker script (12 KB).
    // highlightParam: result URLs carry `?highlight=word`, which the question page marks (highlight-terms.ts).
    // baseUrl '/': result URLs stay site paths, like the study index's; links add the base.
    await pagefind.options({
      excerptLength: 24,
      noWorker: true,
      highlightParam: HIGHLIGHT_PARAM,
      baseUrl: '/',
    });
    await pagefind.init();
    // Loads every filter chunk, so each search reports counts for all facets.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}
