import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParsedGuide } from '../../src/content/load-guides.ts';
import { type CodeJob, codeJobs } from '../../src/render/code-jobs.ts';
import { highlight, isCached } from '../../src/render/highlight.ts';
import {
  ensureTypeInfo,
  isTypeInfoKnown,
  type TypeJob,
  typeInfoOptions,
} from '../../src/examples/type-info-cache.ts';

/** One worker's program costs about 3 s before its first file: fewer TypeScript versions than this stay in one. */
const TYPE_JOBS_PER_WORKER = 100;

const TS_VERSION_FILE = /^q\d+-\d+\.ts$/;

/**
 * Starts finding the types of every TypeScript version file under the guides folder in a worker
 * thread, so the work runs on the core the (single-threaded) guide check leaves idle. Settles when
 * done or failed: whatever it did not do, `prehighlight` does.
 */
export function startTypeWork(guidesDir: string, cacheDir: string): Promise<void> {
  const typeOptions = typeInfoOptions(cacheDir);
  const typeJobs: TypeJob[] = [];
  try {
    for (const entry of readdirSync(guidesDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      for (const name of readdirSync(join(guidesDir, entry.name))) {
        if (!TS_VERSION_FILE.test(name)) continue;
        const path = join(guidesDir, entry.name, name);
        const job = { path, source: readFileSync(path, 'utf8') };
        if (!isTypeInfoKnown(job, typeOptions)) typeJobs.push(job);
      }
    }
  } catch {
    return Promise.resolve(); // the check reports an unreadable folder
  }
  if (typeJobs.length === 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const worker = new Worker(new URL('./highlight-worker.ts', import.meta.url), {
      workerData: { jobs: [], typeJobs, typeOptions, cacheDir },
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}

/**
 * Highlights every code block not yet in the cache, and finds the types of every TypeScript
 * version's identifiers not yet in the cache, spread over all cores, before Astro renders the pages
 * (which then read both from the cache). Returns how many blocks and versions were done.
 */
export async function prehighlight(
  guides: readonly ParsedGuide[],
  cacheDir: string,
): Promise<{ total: number; highlighted: number; typed: number }> {
  const all = guides.flatMap(codeJobs);
  const seen = new Set<string>();
  const missing = all.filter((job) => {
    const key = `${job.lang}\0${job.code}`;
    if (seen.has(key) || isCached(job.code, job.lang, cacheDir)) return false;
    seen.add(key);
    return true;
  });
  const typeOptions = typeInfoOptions(cacheDir);
  const missingTypes: TypeJob[] = guides
    .flatMap((guide) => [...guide.tsVersions.values()])
    .map(({ path, source }) => ({ path, source }))
    .filter((job) => !isTypeInfoKnown(job, typeOptions));
  const workers = Math.min(
    availableParallelism(),
    Math.max(Math.ceil(missing.length / 50), Math.ceil(missingTypes.length / TYPE_JOBS_PER_WORKER)),
  );
  const done = { total: all.length, highlighted: missing.length, typed: missingTypes.length };
  if (workers <= 1) {
    ensureTypeInfo(missingTypes, typeOptions);
    for (const job of missing) await highlight(job.code, job.lang, { cacheDir });
    return done;
  }
  const shares: CodeJob[][] = Array.from({ length: workers }, () => []);
  missing.forEach((job, i) => shares[i % workers]?.push(job));
  const typeShares: TypeJob[][] = Array.from({ length: workers }, () => []);
  missingTypes.forEach((job, i) => typeShares[i % workers]?.push(job));
  await Promise.all(
    shares.map(
      (jobs, w) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./highlight-worker.ts', import.meta.url), {
            workerData: { jobs, typeJobs: typeShares[w] ?? [], typeOptions, cacheDir },
          });
          worker.once('message', () => resolve());
          worker.once('error', reject);
          worker.once('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`highlight worker exited with ${code}`)),
          );
        }),
    ),
  );
  return done;
}
