/** The words of a query worth marking: at least two letters, longest first so phrases win. */
export function highlightWords(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}._-]*/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 2))].sort((a, b) => b.length - a.length);
}

function pattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A word and what follows it (cach → caching), from the start of a word: Pagefind matches stems and prefixes.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** Wraps each occurrence of the words in the element's text in `<mark class="search-hit">`; returns how many. */
export function markWords(root: Element, words: readonly string[]): number {
  const regex = pattern(words);
  if (!regex) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('mark, script, style, textarea, button, input, select')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    regex.lastIndex = 0;
    if (!regex.test(text)) continue;
    regex.lastIndex = 0;
    const parts = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(regex)) {
      parts.append(text.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      parts.append(mark);
      last = match.index + match[0].length;
      count += 1;
    }
    parts.append(text.slice(last));
    node.replaceWith(parts);
  }
  return count;
}
