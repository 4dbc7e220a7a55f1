import type { AstroIntegration } from 'astro';
import { siteConfig } from '../config/site.ts';
import { formatReport } from '../content/diagnostics.ts';
import { loadGuides } from '../content/load-guides.ts';

/**
 * Checks every guide before Astro builds a page, so a bad guide stops the build with the full
 * report, and reloads the dev server's pages when a guide changes.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'interview-prep:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || siteConfig.contentChecked) return;
        const result = loadGuides(siteConfig);
        if (result.diagnostics.length === 0) {
          logger.info(`${result.fileCount} guides checked, no problems found.`);
          return;
        }
        logger.error(`\n${formatReport(result.diagnostics, result.fileCount)}`);
        const error = new Error(
          `Guides have ${result.diagnostics.length} problem(s), listed above; nothing was built.`,
        );
        error.stack = error.message; // the report above is what an author needs, not a stack
        throw error;
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.add(siteConfig.guidesDir);
        const reload = (path: string) => {
          if (path.startsWith(siteConfig.guidesDir)) server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('change', reload);
        server.watcher.on('add', reload);
        server.watcher.on('unlink', reload);
      },
    },
  };
}
