/** The query parameter naming the words to mark on the page a search result opens (Pagefind's highlightParam). */
export const HIGHLIGHT_PARAM = 'highlight';

/** The Pagefind filter holding each record's question id (`express-js/q3`); not shown as a facet. */
export const QUESTION_FILTER = 'question';
