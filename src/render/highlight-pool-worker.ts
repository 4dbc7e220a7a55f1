import { parentPort, workerData } from 'node:worker_threads';
import type { CodeJob } from './code-jobs.ts';
import { highlight } from './highlight.ts';

/** One worker of the highlight pool: highlights each batch it is sent into the shared on-disk cache. */
const { cacheDir } = workerData as { cacheDir: string };
parentPort?.on('message', async (jobs: CodeJob[]) => {
  for (const job of jobs) await highlight(job.code, job.lang, { cacheDir });
  parentPort?.postMessage(jobs.length);
});
