import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
 * Finds the types of every TypeScript version not cached yet, in a worker thread of its own,
 * before the guides are rendered: the renderers then only read the cache, and the compiler's
 * memory is returned before rendering starts.
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
  // One worker, not one per core: two programs at once cost the build's peak memory more than
  // their time saved (1,437 MB against 1,175 MB at 2,000 questions); it takes 200 files a program.
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./type-info-worker.ts', import.meta.url), {
      workerData: { jobs: missing, options },
      resourceLimits: { maxOldGenerationSizeMb: typesHeapMb(missing) },
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`a types worker stopped (exit code ${code})`)),
    );
  });
  return missing.length;
}
