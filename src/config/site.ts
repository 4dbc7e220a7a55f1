import { resolve } from 'node:path';
import { z } from 'zod';
import { BasePathSchema, parseDeployAddress, SiteUrlSchema } from './deploy-address.ts';

/** Site-wide settings: the one place pages and scripts read configuration from. */
export const SiteConfigSchema = z.strictObject({
  /** Name shown in the header and page titles. */
  title: z.string().min(1),
  /** One-line description for the home page and meta tags. */
  description: z.string().min(1),
  /** Absolute path of the project root. */
  root: z.string().min(1),
  /** Absolute path of the folder holding the guides. */
  guidesDir: z.string().min(1),
  /** Absolute path of the folder where highlighted code is kept between builds. */
  codeCacheDir: z.string().min(1),
  /** Absolute path of the folder where parsed Markdown is kept between builds. */
  parseCacheDir: z.string().min(1),
  /** Absolute path of the folder where each guide's HTML and search records are kept, by digest. */
  renderCacheDir: z.string().min(1),
  /** Absolute path of Astro's own cache (its content store among it). */
  astroCacheDir: z.string().min(1),
  /** Absolute path of the file keeping the hashes of the precached files between builds. */
  precacheHashesFile: z.string().min(1),
  /** Path the site is served under (`/` or `/interview-prep/`); every internal link starts with it. */
  base: BasePathSchema,
  /** Public URL without a trailing slash; unset means no sitemap, canonical or Open Graph URLs. */
  siteUrl: SiteUrlSchema.optional(),
});

export type SiteConfig = z.output<typeof SiteConfigSchema>;

const root = process.cwd();
// The environment can point the site at another folder of guides and caches (the scale
// benchmark does); this module is the only place that reads it.
const env = process.env;
const guidesDir = env.GUIDES_DIR ? resolve(env.GUIDES_DIR) : resolve(root, 'content/guides');
const cacheDir = env.CACHE_DIR
  ? resolve(env.CACHE_DIR)
  : resolve(root, 'node_modules/.cache/interview-prep');

// `npm run build -- --base … --site …` passes its flags on as these two variables.
const address = parseDeployAddress({ base: env.SITE_BASE, siteUrl: env.SITE_URL });

export const siteConfig: SiteConfig = SiteConfigSchema.parse({
  title: 'Interview Prep',
  description:
    'Interview guides with verified answers, runnable TypeScript examples and offline search.',
  root,
  guidesDir,
  codeCacheDir: resolve(cacheDir, 'code'),
  parseCacheDir: resolve(cacheDir, 'mdast'),
  renderCacheDir: resolve(cacheDir, 'guides'),
  // With CACHE_DIR set (the benchmark), Astro's store moves too, so a cold build is cold.
  astroCacheDir: env.CACHE_DIR ? resolve(cacheDir, 'astro') : resolve(root, 'node_modules/.astro'),
  precacheHashesFile: resolve(cacheDir, 'precache-hashes.json'),
  base: address.base,
  siteUrl: address.siteUrl,
});
