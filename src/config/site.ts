import { resolve } from 'node:path';
import { z } from 'zod';

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
  /** Where the build's check step leaves the search index records for the Astro build to index. */
  searchRecordsFile: z.string().min(1),
  /** True when the build script has already checked the guides, so the Astro integration need not. */
  contentChecked: z.boolean(),
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

export const siteConfig: SiteConfig = SiteConfigSchema.parse({
  title: 'Interview Prep',
  description:
    'Interview guides with verified answers, runnable TypeScript examples and offline search.',
  root,
  guidesDir,
  codeCacheDir: resolve(cacheDir, 'code'),
  parseCacheDir: resolve(cacheDir, 'mdast'),
  searchRecordsFile: resolve(cacheDir, 'search-records.json'),
  contentChecked: env.INTERVIEW_PREP_CONTENT_CHECKED === '1',
});
