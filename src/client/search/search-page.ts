import { sitePath } from '../base-path.ts';
import { LEVELS } from '../../content/schema/scales.ts';
import { excerptNodes } from './excerpt.ts';
import { highlightWords, markWords } from './highlight.ts';
import { HIGHLIGHT_PARAM, QUESTION_FILTER } from './pagefind-param.ts';
import {
  loadPagefind,
  type PagefindOptions,
  type PagefindResultData,
  type PagefindSearch,
} from './pagefind.ts';
import { suggestQuery, type Synonyms } from './query-words.ts';
import { searchWithSynonyms } from './run-query.ts';
import {
  FACET_KEYS,
  type FacetKey,
  hasCriteria,
  isSortKey,
  type KnownValues,
  pagefindFilters,
  parseState,
  SORTS,
  type SearchState,
  serializeState,
} from './state.ts';

const PAGE_SIZE = 10;

/**
 * <search-page>: the /search/ form made live. The URL holds the whole state (query, filters, sort),
 * so links, reloads and Back/Forward all restore a search.
 */
class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #known = {} as KnownValues;
  #state: SearchState = parseState('', {} as KnownValues);
  #results: Array<() => Promise<PagefindResultData>> = [];
  #practice!: HTMLAnchorElement;
  #suggestion!: HTMLElement;
  #synonyms: Synonyms = [];
  #words: Promise<{ words: string[]; alsoKnown: string[] }> | undefined;
  #shown = 0;
  #sequence = 0;
  #typing: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#form = this.querySelector('form') as HTMLFormElement;
    this.#input = this.querySelector('[data-search-input]') as HTMLInputElement;
    this.#sort = this.querySelector('[data-sort]') as HTMLSelectElement;
    this.#status = this.querySelector('[data-status]') as HTMLElement;
    this.#list = this.querySelector('[data-results]') as HTMLOListElement;
    this.#more = this.querySelector('[data-more]') as HTMLButtonElement;
    this.#practice = this.querySelector('[data-practice]') as HTMLAnchorElement;
    this.#suggestion = this.querySelector('[data-suggestion]') as HTMLElement;
    this.#synonyms = JSON.parse(this.dataset.synonyms ?? '[]') as Synonyms;
    for (const key of FACET_KEYS) {
      this.#known[key] = this.#boxes(key).map((box) => ({
        label: box.value,
        aliases: (box.dataset.aliases ?? '').split(' ').filter(Boolean),
      }));
    }
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typing);
      this.#commit('push');
    });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => this.#commit('replace'), 200);
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#input) this.#commit('push');
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  #boxes(key: FacetKey): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)];
  }

  /** URL → form → search. */
  #restore(): void {
    this.#state = parseState(location.search, this.#known);
    this.#input.value = this.#state.q;
    this.#sort.value = this.#state.sort;
    for (const key of FACET_KEYS) {
      for (const box of this.#boxes(key))
        box.checked = this.#state.filters[key].includes(box.value);
    }
    for (const box of this.#progressBoxes()) box.checked = this.#state.progress.includes(box.value);
    void this.#run();
  }

  #progressBoxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="progress"]')];
  }

  /** Form → URL → search. */
  #commit(mode: 'push' | 'replace'): void {
    const state = parseState('', this.#known);
    state.q = this.#input.value.trim();
    state.sort = isSortKey(this.#sort.value) ? this.#sort.value : '';
    for (const key of FACET_KEYS)
      state.filters[key] = this.#boxes(key)
        .filter((b) => b.checked)
        .map((b) => b.value);
    state.progress = this.#progressBoxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
    // Values in the URL that match no checkbox are kept, so a shared link still means what it said.
    for (const key of FACET_KEYS) {
      const unknown = this.#state.filters[key].filter(
        (v) => !this.#known[key].some((k) => k.label === v),
      );
      state.filters[key].push(...unknown);
    }
    this.#state = state;
    const url = `${location.pathname}${serializeState(state, this.#known)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void this.#run();
  }

  async #run(): Promise<void> {
    const sequence = ++this.#sequence;
    const state = this.#state;
    this.#status.textContent = 'Searching…';
    // Fetched alongside the search, so an offer for a misspelt word does not wait for it afterwards.
    if (state.q !== '') void this.#loadWords();
    const pagefind = await loadPagefind().catch(() => undefined);
    if (!pagefind) {
      this.#status.textContent =
        'The search index could not be loaded. Reload the page to try again.';
      return;
    }
    performance.mark('search-start');
    const term = state.q === '' ? null : state.q;
    const chosen = state.sort === '' ? undefined : SORTS[state.sort];
    const sort = chosen
      ? { [chosen.key]: chosen.direction }
      : term === null
        ? { frequency: 'desc' as const }
        : undefined;
    // With neither words nor filters, every question is a match: every question has a level.
    const filters = hasCriteria(state) ? pagefindFilters(state) : { difficulty: { any: LEVELS } };
    const options: PagefindOptions = { filters, ...(sort ? { sort } : {}) };
    const main = await searchWithSynonyms(pagefind, term, options, this.#synonyms);
    const facetCounts = await this.#facetCounts(state, term, main);
    const results = await this.#applyProgress(state, main, term, options);
    if (sequence !== this.#sequence) return;
    this.#results = results;
    this.#practice.href = `${sitePath('/practice/')}${serializeState(state, this.#known)}`;
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#updateCounts(facetCounts);
    await this.#showMore(false);
    if (sequence !== this.#sequence) return;
    this.#status.textContent = this.#describe(state, results.length, main.results.length);
    await this.#suggest(state, sequence);
    performance.measure('search-render', 'search-start');
  }

  /**
   * The candidate's own filters (bookmarked, review, …) narrow the results by question id: the ids
   * come from the search's own filter counts, so no result's details are loaded to find them.
   */
  async #applyProgress(
    state: SearchState,
    main: PagefindSearch,
    term: string | null,
    options: PagefindOptions,
  ): Promise<Array<() => Promise<PagefindResultData>>> {
    if (state.progress.length === 0) return main.results.map((r) => () => r.data());
    // The study code (with zod) loads only when a progress filter is used.
    const [{ loadProgress }, { passes }] = await Promise.all([
      import('../study/store.ts'),
      import('../study/marks.ts'),
    ]);
    const progress = loadProgress();
    const found = Object.entries(main.filters[QUESTION_FILTER] ?? {})
      .filter(([, count]) => count > 0)
      .map(([id]) => id);
    const ids = found.filter((id) => passes(progress.questions[id], state.progress));
    if (ids.length === 0) return [];
    const pagefind = await loadPagefind();
    const narrowed = await searchWithSynonyms(
      pagefind,
      term,
      { ...options, filters: { ...options.filters, [QUESTION_FILTER]: { any: ids } } },
      this.#synonyms,
    );
    return narrowed.results.map((r) => () => r.data());
  }

  /** Counts for each facet as if only that facet's own ticks were cleared (OR within, AND across). */
  async #facetCounts(
    state: SearchState,
    term: string | null,
    main: PagefindSearch,
  ): Promise<Map<FacetKey, Record<string, number>>> {
    const pagefind = await loadPagefind();
    const counts = new Map<FacetKey, Record<string, number>>();
    await Promise.all(
      FACET_KEYS.map(async (key) => {
        if (state.filters[key].length === 0) {
          counts.set(key, main.filters[key] ?? {});
          return;
        }
        const others = pagefindFilters(state, key);
        const search = await searchWithSynonyms(
          pagefind,
          term,
          { filters: others },
          this.#synonyms,
        );
        counts.set(key, search.filters[key] ?? {});
      }),
    );
    return counts;
  }

  #updateCounts(counts: Map<FacetKey, Record<string, number>>): void {
    for (const key of FACET_KEYS) {
      const values = counts.get(key) ?? {};
      for (const box of this.#boxes(key)) {
        const count = values[box.value] ?? 0;
        const target = box.parentElement?.querySelector('[data-count]');
        if (target) target.textContent = String(count);
        box.parentElement?.classList.toggle('facet-empty', count === 0 && !box.checked);
      }
    }
  }

  async #showMore(focusFirstNew: boolean): Promise<void> {
    // One page at a time, and only into the result list it was asked for.
    if (this.#more.disabled && focusFirstNew) return;
    const results = this.#results;
    const slice = results.slice(this.#shown, this.#shown + PAGE_SIZE);
    this.#more.disabled = true;
    const data = await Promise.all(slice.map((load) => load())).finally(
      () => (this.#more.disabled = false),
    );
    if (results !== this.#results) return;
    const items = data.map((d) =>
      this.#item(d.url, d.meta, this.#state.q === '' ? undefined : d.excerpt),
    );
    const words = highlightWords(this.#state.q);
    for (const item of items) markWords(item.querySelector('.result-title') as Element, words);
    this.#list.append(...items);
    this.#shown += slice.length;
    const left = this.#results.length - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.textContent = `Show ${Math.min(PAGE_SIZE, left)} more (${left} not shown yet)`;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  #item(
    url: string,
    meta: Record<string, string | undefined>,
    excerpt: string | undefined,
  ): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'result';
    const link = document.createElement('a');
    link.className = 'result-title';
    // Pagefind adds `?highlight=` even with no words to mark; such a link is left plain.
    const target = new URL(url, location.href);
    if (!target.searchParams.get(HIGHLIGHT_PARAM)) target.searchParams.delete(HIGHLIGHT_PARAM);
    // Pagefind's URLs are site paths; the page may be served under a base path.
    link.href = `${sitePath(target.pathname)}${target.search}${target.hash}`;
    link.textContent = meta.title ?? url;
    const details = document.createElement('p');
    details.className = 'result-meta';
    details.textContent = [meta.guide, meta.level, meta.frequency, meta.companies]
      .filter(Boolean)
      .join(' · ');
    const text = document.createElement('p');
    text.className = 'result-excerpt';
    // Pagefind wraps matches in <mark>; nothing else in an excerpt becomes markup.
    if (excerpt) text.append(...excerptNodes(excerpt));
    else text.textContent = meta.summary ?? '';
    li.append(link, details, text);
    return li;
  }

  #loadWords(): Promise<{ words: string[]; alsoKnown: string[] }> {
    this.#words ??= fetch(sitePath('/search-words.json'))
      .then((r) => r.json() as Promise<{ words: string[]; alsoKnown: string[] }>)
      .catch(() => ((this.#words = undefined), { words: [], alsoKnown: [] }));
    return this.#words;
  }

  /**
   * Offers the query with each unknown word replaced by the nearest known one. Pagefind forgives
   * typos, so a misspelt word may still find results: the offer shows with results too.
   */
  async #suggest(state: SearchState, sequence: number): Promise<void> {
    this.#suggestion.hidden = true;
    this.#suggestion.replaceChildren();
    if (state.q === '') return;
    const { words, alsoKnown } = await this.#loadWords();
    const better = suggestQuery(state.q, words, alsoKnown);
    if (!better || sequence !== this.#sequence) return;
    const link = document.createElement('a');
    link.href = `${location.pathname}${serializeState({ ...state, q: better }, this.#known)}`;
    link.textContent = better;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.#input.value = better;
      this.#commit('push');
    });
    this.#suggestion.append('Did you mean ', link, '?');
    this.#suggestion.hidden = false;
  }

  #describe(state: SearchState, count: number, before: number): string {
    const parts = FACET_KEYS.filter((k) => state.filters[k].length > 0).map(
      (k) => `${k}: ${state.filters[k].join(' or ')}`,
    );
    if (state.progress.length > 0)
      parts.push(`your progress: ${state.progress.join(' and ')} (${before} before this filter)`);
    const criteria = [state.q ? `“${state.q}”` : '', ...parts].filter(Boolean).join(', ');
    if (count === 0)
      return `No results${criteria ? ` for ${criteria}` : ''}. Try fewer words or fewer filters.`;
    return `${count} ${count === 1 ? 'result' : 'results'}${criteria ? ` for ${criteria}` : ''}`;
  }
}

customElements.define('search-page', SearchPage);
