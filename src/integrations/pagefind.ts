import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../config/site.ts';
import { readSearchRecords } from '../cache/rendered-guides.ts';
import { guideKeys } from '../content/guide-store.ts';
import { recordHtml, type SearchRecord } from '../site/search-records.ts';

/**
 * Builds the Pagefind index once per build, one record per question. The index does not depend on
 * rendered HTML, so it is built as the build starts, in Pagefind's own process and on the other
 * core, and that process ends (freeing its memory) before pages pile up; the files move into the
 * site when the pages are done, before the service worker lists what to precache. Any error fails
 * the build.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let indexing: Promise<{ folder: string; count: number }> | undefined;
  return {
    name: 'interview-prep:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        indexing = writeIndex(mkdtempSync(join(dirname(outDir), '.pagefind-')));
        // Reported when awaited in astro:build:done; this only keeps an early failure from going unhandled.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) throw new Error('the search index was never started');
        const { folder, count } = await indexing;
        const target = join(fileURLToPath(dir), 'pagefind');
        rmSync(target, { recursive: true, force: true });
        renameSync(join(folder, 'pagefind'), target);
        rmSync(folder, { recursive: true, force: true });
        logger.info(`indexed ${count} questions`);
      },
    },
  };
}

/**
 * Every question's record, as the guides loader wrote them (Astro runs it before the build starts),
 * found by each guide's source key, so no guide is read again.
 */
function records(): SearchRecord[] {
  return guideKeys(siteConfig).flatMap(({ name, source }) => {
    const list = readSearchRecords(siteConfig.renderCacheDir, source);
    if (!list) throw new Error(`no search records for ${name}: it changed during the build`);
    return list;
  });
}

async function writeIndex(folder: string): Promise<{ folder: string; count: number }> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`could not start Pagefind: ${errors.join('; ')}`);
    const list = records();
    // Sent all at once: Pagefind's process queues them, so indexing never waits on our event loop.
    const results = await Promise.all(
      list.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })),
    );
    const failed = results.flatMap((r, i) => r.errors.map((e) => `${list[i]?.url}: ${e}`));
    if (failed.length > 0) throw new Error(`indexing failed: ${failed.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(folder, 'pagefind') });
    if (written.errors.length > 0)
      throw new Error(`writing the index failed: ${written.errors.join('; ')}`);
    return { folder, count: list.length };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  } finally {
    await pagefind.close();
  }
}
