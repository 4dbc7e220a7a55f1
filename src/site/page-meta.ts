import { withBase } from './base-path.ts';

/** What a page says about itself to search engines and link previews. */
export interface PageMetaInput {
  /** The page's own title, without the site name. */
  title: string;
  description: string;
  siteName: string;
  /** `article` for guides and questions, `website` elsewhere. */
  type: 'article' | 'website';
  /** The page's site path (`/guides/x/`), without the base. */
  path: string;
  base: string;
  /** The public origin; without it no absolute URL is written (none is invented). */
  siteUrl: string | undefined;
  /** False for pages that must not be indexed or shared (the 404 page). */
  canonical: boolean;
}

export interface PageMeta {
  canonicalUrl: string | undefined;
  /** `<meta property|name=… content=…>` pairs, in the order written. */
  tags: ReadonlyArray<{ key: 'property' | 'name'; value: string; content: string }>;
}

/** Link previews cut descriptions near here; longer text ends at a word with an ellipsis. */
export const DESCRIPTION_LIMIT = 200;

export function shortDescription(text: string, limit = DESCRIPTION_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2));
  return `${atWord.replace(/[\s,.;:!?-]+$/, '')}…`;
}

/** Canonical URL, Open Graph and Twitter tags; absolute URLs only when the site URL is known. */
export function pageMeta(input: PageMetaInput): PageMeta {
  const description = shortDescription(input.description);
  const absolute = (path: string) =>
    input.siteUrl ? new URL(withBase(input.base, path), input.siteUrl).href : undefined;
  const canonicalUrl = input.canonical ? absolute(input.path) : undefined;
  const image = absolute('/icon-512.png');
  const og = (value: string, content: string | undefined) =>
    content === undefined ? [] : [{ key: 'property' as const, value, content }];
  const twitter = (value: string, content: string) => [{ key: 'name' as const, value, content }];
  return {
    canonicalUrl,
    tags: [
      ...og('og:type', input.type),
      ...og('og:site_name', input.siteName),
      ...og('og:title', input.title),
      ...og('og:description', description),
      ...og('og:url', canonicalUrl),
      ...og('og:image', image),
      ...twitter('twitter:card', 'summary'),
      ...twitter('twitter:title', input.title),
      ...twitter('twitter:description', description),
    ],
  };
}
