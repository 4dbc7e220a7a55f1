// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config/site.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { offline } from './src/integrations/offline.ts';
import { staticHostHeaders } from './src/integrations/static-host-headers.ts';
import { namedSteps } from './src/integrations/named-steps.ts';
import { keptPages } from './src/integrations/kept-pages.ts';

export default defineConfig({
  // Both come from src/config/site.ts (`npm run build -- --base … --site …`, or SITE_BASE/SITE_URL).
  ...(siteConfig.siteUrl ? { site: siteConfig.siteUrl } : {}),
  base: siteConfig.base,
  cacheDir: siteConfig.astroCacheDir,
  trailingSlash: 'ignore',
  // Pages rendered at once. Each waits on its own file writes; with 12 in flight the writes overlap
  // the rendering: `astro build --force` at 2,000 questions took 1.7 to 5.1 s less than with 4
  // (five pairs of runs; 22.3 to 26.3 s against 25.2 to 31.3 s), its peak 15 MB more.
  build: { format: 'directory', concurrency: 12 },
  devToolbar: { enabled: false },
  // Guide and question pages give getStaticPaths a cacheKey (their guide's digest and the site's
  // navigation): a build after one guide changed renders that guide's pages and copies the rest.
  experimental: { incrementalBuild: true },
  // Guides are rendered by our own pipeline; this styles code in the site's own .mdx pages.
  markdown: { shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } } },
  // Kept pages are linked in before Astro renders and the stale ones removed before any other
  // step reads the site. Pagefind must index before the service worker lists the files to
  // precache. Without a public URL there is no sitemap: it needs absolute addresses, and none are
  // invented. A hook's error names its integration and step.
  integrations: [
    keptPages(),
    pagefindIndex(),
    ...offline(),
    mdx(),
    staticHostHeaders(),
    ...(siteConfig.siteUrl ? [sitemap()] : []),
  ].map(namedSteps),
});
