import { performance } from 'node:perf_hooks';
import { siteConfig } from '../src/config/site.ts';
import { formatReport } from '../src/content/diagnostics.ts';
import type { GuideEntry } from '../src/content/guide-entry.ts';
import { type GuideCache, updateGuides, WORKER_THRESHOLD } from '../src/content/guide-store.ts';

/**
 * `npm run build`'s first step: the guides loader's own work (src/content/guide-store.ts: read,
 * check and render each guide whose digest changed, into the cache named by digest) in a process
 * of its own, so its memory is returned before Astro starts. Astro's loader then finds every guide
 * done and reads none again. Any problem: the full report, exit 1, and Astro is not started.
 */
const started = performance.now();
const entries = new Map<string, GuideEntry>();
const cache: GuideCache = {
  get: (name) => entries.get(name),
  set: (entry) => void entries.set(entry.name, entry),
  delete: (name) => void entries.delete(name),
  names: () => [...entries.keys()],
};
/** What this step tells `npm run build` (scripts/build.ts), when started by it. */
export interface PrepareMessage {
  kind: 'few-to-read';
}
// The channel to the build must not keep this process alive.
process.channel?.unref();
const { diagnostics, warnings, fileCount, changed } = await updateGuides(siteConfig, cache, {
  // Read here without workers, in little memory, while this process holds the store's lock.
  onReading: (count) => {
    if (count < WORKER_THRESHOLD) process.send?.({ kind: 'few-to-read' } satisfies PrepareMessage);
  },
});
if (diagnostics.length > 0 || warnings.length > 0)
  console.error(formatReport(diagnostics, fileCount, warnings));
if (diagnostics.length > 0) process.exit(1);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${fileCount} guides checked, ${changed} read again (${seconds} s), no problems found.\n`,
);
