import { parentPort, workerData } from 'node:worker_threads';
import { highlight } from '../../src/render/highlight.ts';
import type { CodeJob } from '../../src/render/code-jobs.ts';

/** Highlights its share of the code blocks into the shared on-disk cache. */
const { jobs, cacheDir } = workerData as { jobs: CodeJob[]; cacheDir: string };
for (const job of jobs) await highlight(job.code, job.lang, { cacheDir });
parentPort?.postMessage(jobs.length);
