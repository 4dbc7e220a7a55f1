import { parentPort, workerData } from 'node:worker_threads';
import { checkAndRender, type PassJob, type PassOptions } from './guide-pass.ts';

/**
 * A worker thread of the guides loader: reads, checks and renders its share of the changed guides
 * and sends back their entries. Its memory (syntax trees, a Shiki instance) goes when it ends.
 */
const { jobs, options } = workerData as { jobs: PassJob[]; options: PassOptions };
parentPort?.postMessage(await checkAndRender(jobs, options));
