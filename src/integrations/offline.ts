import { fileURLToPath } from 'node:url';
import AstroPWA, { type PwaOptions } from '@vite-pwa/astro';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../config/site.ts';
import { withBase } from '../site/base-path.ts';
import { type PrecacheFiles, precacheEntries } from './precache-entries.ts';

/**
 * What the service worker precaches: every page, script, style, image, data file and the Pagefind
 * index, with URLs as the files' paths (Workbox maps /guides/x/ to guides/x/index.html itself).
 */
const PRECACHED: PrecacheFiles = {
  extensions: [
    'html',
    'js',
    'css',
    'svg',
    'png',
    'webmanifest',
    'json',
    'pagefind',
    'pf_meta',
    'pf_index',
    'pf_fragment',
    'pf_filter',
  ],
  // Pagefind's ready-made UIs are not used; the search page has its own.
  ignore: [
    'pagefind/pagefind-*ui.*',
    'pagefind/pagefind-highlight.js',
    'pagefind/wasm.unknown.pagefind',
    'sw.js',
    'manifest.webmanifest',
  ],
  // Vite names its assets by their content: a new file is a new name, so no revision is needed.
  hashedNamesUnder: '_astro/',
  // Larger files are not precached (the service worker would fetch them at install).
  maximumBytes: 20 * 1024 * 1024,
};

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
  // The files to precache are all listed by the transform below; the plugin adds only its own
  // web manifest, which the listing leaves to it.
  includeManifestIcons: false,
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
    // Workbox lists nothing itself: the transform below lists the files (see precache-entries.ts).
    globPatterns: [],
    manifestTransforms: [
      async (entries) => {
        if (!pwaOptions.outDir)
          throw new Error('the site folder was never told to the offline step');
        const listed = await precacheEntries(
          pwaOptions.outDir,
          PRECACHED,
          siteConfig.precacheHashesFile,
        );
        return { manifest: [...entries, ...listed.manifest], warnings: listed.warnings };
      },
    ],
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
