import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CodeJob } from './code-jobs.ts';
import { isCached } from './highlight.ts';

/** Below this many blocks, starting workers (one Shiki each) costs more than it saves. */
const WORKER_THRESHOLD = 50;

/**
 * Highlights code on every core into the on-disk cache, so rendering then reads each block from it.
 * Workers start on first need and stay until `close`, so the loader's batches of guides share them.
 */
export class HighlightPool {
  private workers: Worker[] = [];
  private readonly seen = new Set<string>();
  private readonly cacheDir: string;

  constructor(cacheDir: string) {
    this.cacheDir = cacheDir;
  }

  /** Highlights the blocks the cache lacks (few are left to the renderer); returns how many. */
  async highlight(jobs: readonly CodeJob[]): Promise<number> {
    const missing = jobs.filter((job) => {
      const key = `${job.lang}\0${job.code}`;
      if (this.seen.has(key) || isCached(job.code, job.lang, this.cacheDir)) return false;
      this.seen.add(key);
      return true;
    });
    if (missing.length < WORKER_THRESHOLD && this.workers.length === 0) return 0;
    const workers = this.start();
    const shares: CodeJob[][] = workers.map(() => []);
    missing.forEach((job, i) => shares[i % workers.length]?.push(job));
    await Promise.all(workers.map((worker, i) => run(worker, shares[i] ?? [])));
    return missing.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers = [];
  }

  private start(): Worker[] {
    if (this.workers.length === 0) {
      const url = new URL('./highlight-pool-worker.ts', import.meta.url);
      this.workers = Array.from(
        { length: Math.max(1, availableParallelism()) },
        () => new Worker(url, { workerData: { cacheDir: this.cacheDir } }),
      );
      // An idle worker must not keep the process alive if close is never reached.
      for (const worker of this.workers) worker.unref();
    }
    return this.workers;
  }
}

function run(worker: Worker, jobs: CodeJob[]): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      worker.off('message', done);
      reject(new Error(`highlighting code failed: ${error.message}`));
    };
    const done = () => {
      worker.off('error', fail);
      resolve();
    };
    worker.once('message', done);
    worker.once('error', fail);
    worker.ref();
    worker.postMessage(jobs);
  }).finally(() => worker.unref());
}
