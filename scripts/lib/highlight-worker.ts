import { parentPort, workerData } from 'node:worker_threads';
import { highlight } from '../../src/render/highlight.ts';
import type { CodeJob } from '../../src/render/code-jobs.ts';
import {
  ensureTypeInfo,
  type TypeInfoOptions,
  type TypeJob,
} from '../../src/examples/type-info-cache.ts';

/** Highlights its share of the code blocks, and finds its share of the identifiers' types, into the shared on-disk cache. */
const { jobs, typeJobs, typeOptions, cacheDir } = workerData as {
  jobs: CodeJob[];
  typeJobs: TypeJob[];
  typeOptions: TypeInfoOptions;
  cacheDir: string;
};
ensureTypeInfo(typeJobs, typeOptions);
for (const job of jobs) await highlight(job.code, job.lang, { cacheDir });
parentPort?.postMessage(jobs.length);
