import { distance } from 'fastest-levenshtein';

/** Groups of words that mean the same to the search (from `synonyms:` in content/vocabulary.yaml). */
export type Synonyms = ReadonlyArray<readonly string[]>;

const MAX_VARIANTS = 4;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole word or phrase of the query, not part of a longer word. */
function phrase(term: string): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(term)}(?=$|[^\\p{L}\\p{N}])`, 'iu');
}

/**
 * The queries to run for what was typed: itself, then the same with each synonym swapped in
 * (`k8s probes` → `kubernetes probes`). Pagefind matches all words, so each variant is its own search.
 */
export function queryVariants(query: string, synonyms: Synonyms): string[] {
  const variants = [query];
  for (const group of synonyms) {
    for (const term of group) {
      const pattern = phrase(term);
      if (!pattern.test(query)) continue;
      for (const other of group) {
        if (other === term) continue;
        const variant = query.replace(pattern, (_match, before: string) => `${before}${other}`);
        if (!variants.includes(variant)) variants.push(variant);
      }
    }
  }
  return variants.slice(0, MAX_VARIANTS);
}

/** The words a suggestion may offer: lower-case, at least 3 letters, most used first. */
export function dictionary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}]/gu) ??
      []) {
      if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/**
 * "Did you mean …": each query word found in neither list, replaced by the nearest of `words` (at
 * most a third of its letters off, two from four letters). `words` are the offers (vocabulary and titles, most used first);
 * `alsoKnown` are other words of the questions, correct but not worth offering. Undefined when
 * nothing would change.
 */
export function suggestQuery(
  query: string,
  words: readonly string[],
  alsoKnown: readonly string[] = [],
): string | undefined {
  const known = new Set([...words, ...alsoKnown]);
  let changed = false;
  const fixed = query.replace(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 3 || known.has(lower)) return word;
    // Two edits cover a swapped pair of letters (redsi → redis) from four letters up.
    const tolerance = lower.length <= 3 ? 1 : Math.max(2, Math.floor(lower.length / 3));
    let best: string | undefined;
    let bestDistance = tolerance + 1;
    for (const candidate of words) {
      if (Math.abs(candidate.length - lower.length) > tolerance) continue;
      const d = distance(lower, candidate);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
    if (best === undefined) return word;
    changed = true;
    return best;
  });
  return changed ? fixed : undefined;
}
