import { highlightWords, markWords } from './highlight.ts';
import { HIGHLIGHT_PARAM } from './pagefind-param.ts';

/**
 * On a page opened from a search result (`?highlight=redis`), marks the searched words in the
 * question and scrolls to the first one. Pagefind adds the parameter to result links.
 */
const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).flatMap(highlightWords);
const root = document.querySelector('main article') ?? document.querySelector('main');
if (root && words.length > 0 && markWords(root, words) > 0) {
  root.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
}
