import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Indexes the built question pages with Pagefind once, at the end of the build (before the
 * service worker is generated, so the index is precached). Any indexing error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'interview-prep:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`could not start Pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`writing the index failed: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} question pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
