/**
 * How long browsers and CDNs may keep each kind of built file, shared by `npm run serve`, the
 * generated `_headers` file and the nginx recipe (whose test checks it against this). Files whose
 * names carry a content hash never change, so they are kept for a year; everything else (pages,
 * `sw.js`, the manifest, the search entry points) is revalidated, so a new build reaches readers.
 */

/** For files whose name changes whenever their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Keep a copy but ask the server (ETag) before each use. */
export const REVALIDATE = 'no-cache';

/** Site paths (without the base) whose files are named by content hash: Astro's and Pagefind's chunks. */
export const HASHED_PREFIXES = [
  '/_astro/',
  '/pagefind/fragment/',
  '/pagefind/index/',
  '/pagefind/filter/',
] as const;

/** Files that must never be kept stale: they decide which build a reader gets. */
export const ALWAYS_REVALIDATED = ['/sw.js', '/manifest.webmanifest'] as const;

export type FileClass = 'hashed' | 'page' | 'other';

/** The class of a site path (`/guides/x/`, `/_astro/a.1b2c.css`, `/sw.js`). */
export function fileClass(sitePath: string): FileClass {
  if (HASHED_PREFIXES.some((prefix) => sitePath.startsWith(prefix))) return 'hashed';
  if (sitePath.endsWith('/') || sitePath.endsWith('.html')) return 'page';
  return 'other';
}

/** The `Cache-Control` a site path is served with. */
export function cacheControl(sitePath: string): string {
  return fileClass(sitePath) === 'hashed' ? IMMUTABLE : REVALIDATE;
}

/**
 * Extra headers for a site path. `sw.js` sits at the base, so its default scope is the whole
 * site; `Service-Worker-Allowed` states that scope for hosts that serve it from elsewhere.
 */
export function extraHeaders(sitePath: string, base: string): Record<string, string> {
  return sitePath === '/sw.js' ? { 'Service-Worker-Allowed': base } : {};
}
