import {
  ALWAYS_REVALIDATED,
  extraHeaders,
  HASHED_PREFIXES,
  IMMUTABLE,
  REVALIDATE,
} from './cache-policy.ts';
import { withBase } from '../site/base-path.ts';

/**
 * The `_headers` file Netlify and Cloudflare Pages read: the cache policy as path rules. Both hosts
 * merge every rule that matches a path, so no two rules may set `Cache-Control` on one file; pages
 * keep the hosts' default (`max-age=0, must-revalidate`), which revalidates them like `no-cache`.
 */
export function headersFile(base: string): string {
  const rule = (path: string, headers: Record<string, string>) =>
    [withBase(base, path), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [
    '# Cache headers for Netlify and Cloudflare Pages, from src/deploy/cache-policy.ts.',
    rule('/*', { 'X-Content-Type-Options': 'nosniff' }),
    ...HASHED_PREFIXES.map((prefix) => rule(`${prefix}*`, { 'Cache-Control': IMMUTABLE })),
    ...ALWAYS_REVALIDATED.map((path) =>
      rule(path, { 'Cache-Control': REVALIDATE, ...extraHeaders(path, base) }),
    ),
    '',
  ].join('\n');
}
