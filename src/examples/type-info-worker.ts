import { workerData } from 'node:worker_threads';
import { ensureTypeInfo, type TypeInfoOptions, type TypeJob } from './type-info-cache.ts';

/** A worker thread that finds its share of the TypeScript versions' types into the disk cache. */
const { jobs, options } = workerData as { jobs: TypeJob[]; options: TypeInfoOptions };
ensureTypeInfo(jobs, options);
