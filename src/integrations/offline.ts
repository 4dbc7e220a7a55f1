import { fileURLToPath } from 'node:url';
import AstroPWA, { type PwaOptions } from '@vite-pwa/astro';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../config/site.ts';
import { withBase } from '../site/base-path.ts';
import { pageEntries } from './page-revisions.ts';

/** Files larger than this are not precached (the service worker would fetch them at install). */
const MAXIMUM_FILE_BYTES = 20 * 1024 * 1024;

/** A site path under the base the site is built for (the manifest's URLs are not rewritten). */
const at = (path: string) => withBase(siteConfig.base, path);

/**
 * The service worker (Workbox, generated) precaches every page, asset and the Pagefind index, so
 * after one visit the whole site, search included, works with the network off.
 */
const pwaOptions: Partial<PwaOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  // Our own worker entry (src/client/sw.ts) configures Workbox; the build injects the file list into
  // it, which is much faster for thousands of pages than generating the whole worker.
  strategies: 'injectManifest',
  srcDir: 'src/client',
  filename: 'sw.ts',
  includeAssets: ['favicon.svg'],
  manifest: {
    name: siteConfig.title,
    short_name: siteConfig.title,
    description: siteConfig.description,
    start_url: at('/'),
    scope: at('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0a58ca',
    icons: [
      { src: at('/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: at('/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: at('/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: at('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  injectManifest: {
    // The pages are listed by the transform below, with SHA-256 revisions (see page-revisions.ts).
    globPatterns: [
      '**/*.{js,css,svg,png,webmanifest,json,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
    ],
    // Pagefind's ready-made UIs are not used; the search page has its own.
    globIgnores: [
      'pagefind/pagefind-*ui.*',
      'pagefind/pagefind-highlight.js',
      'pagefind/wasm.unknown.pagefind',
      'sw.js',
    ],
    // File URLs are kept as they are: Workbox maps /guides/x/ to guides/x/index.html itself.
    manifestTransforms: [
      async (entries) => {
        if (!pwaOptions.outDir)
          throw new Error('the site folder was never told to the offline step');
        const pages = await pageEntries(pwaOptions.outDir, MAXIMUM_FILE_BYTES);
        return { manifest: [...entries, ...pages.manifest], warnings: pages.warnings };
      },
    ],
    maximumFileSizeToCacheInBytes: MAXIMUM_FILE_BYTES,
  },
};

/**
 * The offline support: Workbox via @vite-pwa/astro, told where the site is really written (the
 * build may write outside the project, e.g. to a staging folder), so it precaches the right files.
 */
export function offline(): AstroIntegration[] {
  const locate: AstroIntegration = {
    name: 'interview-prep:offline-output',
    hooks: {
      'astro:config:setup': ({ config }) => {
        pwaOptions.outDir = fileURLToPath(config.outDir);
      },
    },
  };
  return [locate, AstroPWA(pwaOptions)];
}
