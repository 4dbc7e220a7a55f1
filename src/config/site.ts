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
  cacheDir: z.string().min(1),
});

export type SiteConfig = z.output<typeof SiteConfigSchema>;

const root = process.cwd();
/** GUIDES_DIR points the site at another folder of guides (the scale benchmark uses it). */
const guidesDir = process.env.GUIDES_DIR ? resolve(process.env.GUIDES_DIR) : resolve(root, 'content/guides');

export const siteConfig: SiteConfig = SiteConfigSchema.parse({
  title: 'Interview Prep',
  description: 'Interview guides with verified answers, runnable TypeScript examples and offline search.',
  root,
  guidesDir,
  cacheDir: resolve(root, 'node_modules/.cache/interview-prep/code'),
});
