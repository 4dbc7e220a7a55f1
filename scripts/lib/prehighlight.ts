import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedGuide } from '../../src/content/load-guides.ts';
import { type CodeJob, codeJobs } from '../../src/render/code-jobs.ts';
import { highlight, isCached } from '../../src/render/highlight.ts';

/**
 * Highlights every code block not yet in the cache, spread over all cores, before Astro renders
 * the pages (which then read each block from the cache). Returns how many blocks were highlighted.
 */
export async function prehighlight(
  guides: readonly ParsedGuide[],
  cacheDir: string,
): Promise<{ total: number; highlighted: number }> {
  const all = guides.flatMap(codeJobs);
  const seen = new Set<string>();
  const missing = all.filter((job) => {
    const key = `${job.lang}\0${job.code}`;
    if (seen.has(key) || isCached(job.code, job.lang, cacheDir)) return false;
    seen.add(key);
    return true;
  });
  const workers = Math.min(availableParallelism(), Math.ceil(missing.length / 50));
  if (workers <= 1) {
    for (const job of missing) await highlight(job.code, job.lang, { cacheDir });
    return { total: all.length, highlighted: missing.length };
  }
  const shares: CodeJob[][] = Array.from({ length: workers }, () => []);
  missing.forEach((job, i) => shares[i % workers]?.push(job));
  await Promise.all(
    shares.map(
      (jobs) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./highlight-worker.ts', import.meta.url), {
            workerData: { jobs, cacheDir },
          });
          worker.once('message', () => resolve());
          worker.once('error', reject);
          worker.once('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`highlight worker exited with ${code}`)),
          );
        }),
    ),
  );
  return { total: all.length, highlighted: missing.length };
}
