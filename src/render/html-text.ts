import { decodeHTML } from 'entities';

/**
 * The text of an HTML fragment as a reader sees it: tags dropped, every character reference
 * decoded once (named, decimal and hex, as `hast-util-to-html` writes `&#x26;`).
 */
export function htmlText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ''));
}
