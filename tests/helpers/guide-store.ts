import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { GuideEntry } from '../../src/content/guide-entry.ts';
import type { GuideCache, GuideStoreOptions } from '../../src/content/guide-store.ts';
import { projectRoot } from './fixtures.ts';

/** The store's options for a guides folder, with every cache in one folder. */
export function storeOptions(guidesDir: string, cacheDir: string): GuideStoreOptions {
  return {
    guidesDir,
    root: projectRoot,
    parseCacheDir: join(cacheDir, 'mdast'),
    codeCacheDir: join(cacheDir, 'code'),
    renderCacheDir: join(cacheDir, 'guides'),
  };
}

/** The content store's part the loader uses, in memory; it is JSON-copied, as Astro's store is. */
export function memoryStore(): GuideCache & { map: Map<string, GuideEntry> } {
  const map = new Map<string, GuideEntry>();
  return {
    map,
    get: (name) => map.get(name),
    set: (entry) => void map.set(entry.name, JSON.parse(JSON.stringify(entry)) as GuideEntry),
    delete: (name) => void map.delete(name),
    names: () => [...map.keys()],
  };
}

/** Sets a file's times as if it was last written `ms` ago. */
export function age(path: string, ms: number): void {
  const then = (Date.now() - ms) / 1000;
  utimesSync(path, then, then);
}
