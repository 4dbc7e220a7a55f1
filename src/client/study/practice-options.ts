import { sessionParams } from '../../study/session.ts';

/** The options form starts a new session with the same filters: they ride along as hidden fields. */
export function keepFiltersInOptions(form: HTMLFormElement, search: string): void {
  const { size, order } = sessionParams(search);
  const sizeField = form.elements.namedItem('size') as HTMLSelectElement | null;
  if (sizeField) {
    sizeField.value = size === undefined ? 'all' : String(size);
    // A size from the URL that the list lacks (`?size=5`) is added, so the form keeps it.
    if (sizeField.value === '') sizeField.add(new Option(`${size}`, String(size), true, true));
  }
  const orderField = form.elements.namedItem('order') as HTMLSelectElement | null;
  if (orderField) orderField.value = order;
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'size' || key === 'order') continue;
    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = key;
    hidden.value = value;
    form.append(hidden);
  }
}

/** The paths of the questions the search page finds for these words (Pagefind, synonyms applied). */
export async function textMatches(
  query: string,
  synonyms: string[][],
): Promise<Set<string> | undefined> {
  try {
    const [{ loadPagefind }, { searchWithSynonyms }] = await Promise.all([
      import('../search/pagefind.ts'),
      import('../search/run-query.ts'),
    ]);
    const pagefind = await loadPagefind();
    const search = await searchWithSynonyms(pagefind, query, {}, synonyms);
    const data = await Promise.all(search.results.map((r) => r.data()));
    return new Set(data.map((d) => new URL(d.url, location.href).pathname));
  } catch {
    return undefined;
  }
}
