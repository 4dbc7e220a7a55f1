import { defineMiddleware } from 'astro:middleware';
import { siteConfig } from './config/site.ts';
import { htmlWithBase } from './site/base-path.ts';

/**
 * Pages and guide text link by site path (`/guides/x/`); under a base path this one step rewrites
 * each page's root-relative links, so no component or guide has to know where the site is served.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (siteConfig.base === '/') return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = htmlWithBase(siteConfig.base, await response.text());
  return new Response(html, { status: response.status, headers: response.headers });
});
