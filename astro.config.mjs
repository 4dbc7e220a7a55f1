// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { offline } from './src/integrations/offline.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'ignore',
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Guides are rendered by our own pipeline; this styles code in the site's own .mdx pages.
  markdown: { shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } } },
  // Pagefind must index before the service worker lists the files to precache.
  integrations: [contentCheck(), pagefindIndex(), ...offline(), mdx()],
});
