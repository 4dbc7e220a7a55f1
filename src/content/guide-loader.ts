import { dirname, join, sep } from 'node:path';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { siteConfig } from '../config/site.ts';
import { formatReport } from './diagnostics.ts';
import type { GuideEntry, GuideReport } from './guide-entry.ts';
import { type GuideCache, updateGuides } from './guide-store.ts';
import { VOCABULARY_FILE } from './vocabulary.ts';

/** The store's entry that holds the latest report of problems across all guides. */
export const REPORT_ID = ':report';

/** What the loader stores: one small entry per guide file (its HTML is on disk), and the report. */
export type StoredRecord =
  { kind: 'guide'; entry: GuideEntry } | { kind: 'report'; report: GuideReport };

export const GUIDE_LOADER_NAME = 'interview-prep:guides';

/**
 * Astro's content loader for the guides: checks and renders each guide whose digest changed, and
 * stores its facts. In a build a problem stops it with the full report; under `astro dev` the
 * report is logged and stored (the pages show it) and each change to a guide is loaded again.
 */
export function guideLoader(): Loader {
  return {
    name: GUIDE_LOADER_NAME,
    // Entries are made by our own checks, not parsed by Astro; the schema gives them their type.
    schema: z.custom<StoredRecord>(),
    load: async (context) => {
      await loadGuides(context);
      if (context.watcher) watchGuides(context);
    },
  };
}

async function loadGuides(context: LoaderContext): Promise<void> {
  const started = performance.now();
  let report: GuideReport & { changed: number };
  try {
    report = await updateGuides(siteConfig, storeCache(context.store));
  } catch (error) {
    throw stepError('check and render', error);
  }
  const { diagnostics, warnings, fileCount, changed } = report;
  const stored: GuideReport = { diagnostics, warnings, fileCount };
  context.store.set({
    id: REPORT_ID,
    data: { kind: 'report', report: stored } satisfies StoredRecord,
    digest: context.generateDigest(JSON.stringify(stored)),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (diagnostics.length === 0) {
    if (warnings.length > 0) context.logger.warn(`\n${formatReport([], fileCount, warnings)}`);
    context.logger.info(
      `${fileCount} guides checked, ${changed} read again (${seconds} s), no problems found.`,
    );
    return;
  }
  context.logger.error(`\n${formatReport(diagnostics, fileCount, warnings)}`);
  // The dev server keeps running and its pages show the report; a build stops here.
  if (!context.watcher) {
    const error = new Error(
      `${GUIDE_LOADER_NAME} (check): guides have ${diagnostics.length} problem(s), listed above; nothing was built.`,
    );
    error.stack = ''; // the report above is what an author needs, not a stack (Astro prints none)
    throw error;
  }
}

/** How long the files must be quiet before a load: more than chokidar's 50 ms change throttle. */
const SETTLE_MS = 150;

/** Watchers already listened to: Astro may call `load` again (a config change) with the same one. */
const watching = new WeakSet<object>();

function watchGuides(context: LoaderContext): void {
  const watcher = context.watcher;
  if (!watcher || watching.has(watcher)) return;
  watching.add(watcher);
  const vocabulary = join(dirname(siteConfig.guidesDir), VOCABULARY_FILE);
  watcher.add([siteConfig.guidesDir, vocabulary]);
  let running: Promise<void> | undefined;
  let again = false;
  // One load at a time; changes that arrive during a load are read by one more load after it.
  const reload = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = loadGuides(context).catch((error: unknown) => {
      context.logger.error(error instanceof Error ? error.message : String(error));
    });
    await running;
    running = undefined;
    if (again) {
      again = false;
      await reload();
    }
  };
  // A save can be several writes (truncate, then write), and the watcher drops a second change to
  // a file within 50 ms of the first: the load waits until the writes have settled.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const onChange = (path: string) => {
    if (!path.startsWith(siteConfig.guidesDir + sep) && path !== vocabulary) return;
    clearTimeout(settle);
    settle = setTimeout(() => void reload(), SETTLE_MS);
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

function storeCache(store: DataStore): GuideCache {
  return {
    get: (name) => {
      const data = store.get<StoredRecord>(name)?.data;
      return data?.kind === 'guide' ? data.entry : undefined;
    },
    set: (entry) =>
      void store.set({
        id: entry.name,
        data: { kind: 'guide', entry } satisfies StoredRecord,
        digest: entry.digest,
      }),
    delete: (name) => store.delete(name),
    names: () => store.keys().filter((id) => id !== REPORT_ID),
  };
}

/** An error that names the loader and the step that failed, with the cause's first line. */
function stepError(step: string, error: unknown): Error {
  const cause = error instanceof Error ? error.message : String(error);
  const named = new Error(`${GUIDE_LOADER_NAME} (${step}): ${cause.split('\n')[0]}`, {
    cause: error,
  });
  return named;
}
