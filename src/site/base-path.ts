/**
 * The base path a site is served under (`/` or `/interview-prep/`). Pages and data speak in site
 * paths (`/guides/x/`); these turn a site path into the address a browser requests and back. A
 * leaf module: server code passes `siteConfig.base`, client code `import.meta.env.BASE_URL`.
 */

/** `/companies/` under `/interview-prep/` → `/interview-prep/companies/`; other URLs are left alone. */
export function withBase(base: string, path: string): string {
  if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  return `${base}${path.slice(1)}`;
}

/** The site path of a requested path: `/interview-prep/companies/` → `/companies/`. */
export function withoutBase(base: string, pathname: string): string {
  if (base === '/') return pathname;
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

// A start tag, with quoted values that may hold `>`; text never holds `<` unescaped.
const START_TAG =
  /<[a-zA-Z][\w-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const URL_ATTRIBUTE = /(\s(?:href|src|action|poster)\s*=\s*)(["'])(\/(?!\/)[^"']*)\2/gi;

/**
 * Puts the base in front of every root-relative `href`, `src`, `action` and `poster` of an HTML
 * page, guide text included; Astro's own bundles (`<base>_astro/…`) already carry it.
 */
export function htmlWithBase(base: string, html: string): string {
  if (base === '/') return html;
  const astroAssets = `${base}_astro/`;
  return html.replace(START_TAG, (tag) =>
    tag.replace(URL_ATTRIBUTE, (match, attribute: string, quote: string, url: string) =>
      url.startsWith(astroAssets) ? match : `${attribute}${quote}${withBase(base, url)}${quote}`,
    ),
  );
}
