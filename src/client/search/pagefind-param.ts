/** The query parameter naming the words to mark on the page a search result opens (Pagefind's highlightParam). */
export const HIGHLIGHT_PARAM = 'highlight';
