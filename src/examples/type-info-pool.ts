import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  ensureTypeInfo,
  isTypeInfoKnown,
  programBatches,
  type TypeInfoOptions,
  type TypeJob,
} from './type-info-cache.ts';
import { TS_VERSION_FILE } from '../content/ts-version-name.ts';

/** A worker's program costs about 3 s before its first file: fewer TypeScript versions than this stay in-process. */
const IN_PROCESS_BELOW = 100;

/** The TypeScript version files beside the named guides (`<slug>/q<N>-<k>.ts`), as the type work needs them. */
export function tsVersionFiles(guideNames: readonly string[], guidesDir: string): TypeJob[] {
  return guideNames.flatMap((name) => {
    const dir = join(guidesDir, name.replace(/\.mdx?$/, ''));
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => TS_VERSION_FILE.test(file))
      .map((file) => ({ path: join(dir, file), source: readFileSync(join(dir, file), 'utf8') }));
  });
}

/** The compiler's own heap and the library types it loads (about 150 MB live), with a margin. */
const TYPES_HEAP_MB = 384;
/** Heap per byte of the TypeScript versions in one program: about 150 measured at 2,000 questions, with a margin. */
const HEAP_PER_SOURCE_BYTE = 190;

/**
 * The types worker's heap limit. Without one, V8 lets the heap grow to several times what is live
 * before it collects: at 2,000 questions the worker held 950 MB, and 680 MB with this limit (the
 * work took about 5% longer). The limit follows the largest program's sources, which the worker
 * makes one after another.
 */
function typesHeapMb(jobs: readonly TypeJob[]): number {
  const largest = Math.max(
    0,
    ...programBatches(jobs).map((batch) =>
      batch.reduce((sum, job) => sum + Buffer.byteLength(job.source), 0),
    ),
  );
  return Math.ceil(TYPES_HEAP_MB + (largest * HEAP_PER_SOURCE_BYTE) / 2 ** 20);
}

/**
 * Finds the types of every TypeScript version not cached yet, in a worker thread of its own (two
 * for a large bank), before the guides are rendered: the renderers then only read the cache, and
 * the compiler's memory is returned before rendering starts.
 */
export async function findTypesAhead(
  jobs: readonly TypeJob[],
  options: TypeInfoOptions,
): Promise<number> {
  const missing = jobs.filter((job) => !isTypeInfoKnown(job, options));
  if (missing.length === 0) return 0;
  if (!options.cacheDir || missing.length < IN_PROCESS_BELOW) {
    ensureTypeInfo(missing, options);
    return missing.length;
  }
  const shares = typeShares(missing, availableParallelism());
  await Promise.all(shares.map((share) => runTypesWorker(share, options)));
  return missing.length;
}

/**
 * From this many TypeScript versions to type, a second worker shares them. A second program costs
 * the same memory whatever the bank (about 260 MB: 1,437 MB against 1,175 MB at 2,000 questions),
 * while the time it saves grows with it: at 10,000 questions the types took 75 s on one core while
 * the other waited, and 54 s on two (the same files written), the build's peak (1.8 GB) coming
 * later, from Astro's pages.
 */
export const SECOND_TYPES_WORKER_FROM = 4_000;

/** The versions to type, in one share per worker: whole programs each, in their order. */
export function typeShares(jobs: readonly TypeJob[], cores: number): TypeJob[][] {
  const batches = programBatches(jobs);
  const count = jobs.length >= SECOND_TYPES_WORKER_FROM ? Math.min(2, cores, batches.length) : 1;
  // Contiguous runs of the programs one worker would make (the same types); the last, partial
  // program goes to the last share, so the shares differ by less than one program.
  return Array.from({ length: count }, (_, i) =>
    batches
      .slice(
        Math.floor((i * batches.length) / count),
        Math.floor(((i + 1) * batches.length) / count),
      )
      .flat(),
  );
}

function runTypesWorker(jobs: readonly TypeJob[], options: TypeInfoOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./type-info-worker.ts', import.meta.url), {
      workerData: { jobs, options },
      resourceLimits: { maxOldGenerationSizeMb: typesHeapMb(jobs) },
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`a types worker stopped (exit code ${code})`)),
    );
  });
}
