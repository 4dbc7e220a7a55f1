import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { contentKey, sweepCache } from '../cache/disk-cache.ts';
import { hasRendered, pruneStore, readEntry } from '../cache/rendered-guides.ts';
import { withStoreLock } from '../cache/store-lock.ts';
import { examplesTsconfig, sharedKey } from '../examples/typecheck.ts';
import type { PassJob, PassOptions } from './guide-pass.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { GuideEntry, GuideReport, StoredLint } from './guide-entry.ts';
import {
  fileDiagnostics,
  findGuideFiles,
  guideFileMap,
  guidePath,
  repeatedSlugs,
} from './guide-files.ts';
import type { LoadOptions } from './load-guides.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { SiteLinkCheck } from './site-links.ts';
import { type LintableGuide, lintAcrossGuides, readVocabulary } from './vocabulary.ts';

/** Where checked guides are kept between runs (Astro's content store), by file name. */
export interface GuideCache {
  get(name: string): GuideEntry | undefined;
  set(entry: GuideEntry): void;
  delete(name: string): void;
  names(): string[];
}

export interface GuideStoreOptions {
  guidesDir: string;
  root: string;
  /** Parsed Markdown kept between runs, keyed by content. */
  parseCacheDir: string;
  /** Highlighted code kept between runs, keyed by content. */
  codeCacheDir: string;
  /** Each clean guide's HTML and search records, one file per digest. */
  renderCacheDir: string;
}

/**
 * Each guide file's source key (of the file, its TypeScript versions and outputs, and the guide
 * names, which links resolve against) and digest (the source key and the pipeline's code). The
 * store keeps the digest and the rendered guide is named by it; the search records are named by
 * the source key, so the Pagefind integration finds them whatever code version it runs.
 */
export function guideKeys(
  options: Pick<GuideStoreOptions, 'guidesDir' | 'root'>,
  names = findGuideFiles(options.guidesDir, options.root).names,
): Array<{ name: string; source: string; digest: string }> {
  const version = renderVersion(options.root);
  return names.map((name) => keysOf(options, names, name, version));
}

/**
 * What a guide's HTML depends on besides its own files: the pipeline's code, and what the types
 * of its TypeScript versions depend on (`content/tsconfig.json`, and the compiler and installed
 * types, which the lock file pins). A change to either renders every guide again; before, the
 * pages kept the types an earlier tsconfig gave until each guide changed.
 */
function renderVersion(root: string): string {
  return contentKey(pipelineVersion(), sharedKey(examplesTsconfig(root), root));
}

function keysOf(
  options: Pick<GuideStoreOptions, 'guidesDir' | 'root'>,
  names: readonly string[],
  name: string,
  version: string,
): PassJob {
  const source = contentKey(
    options.guidesDir,
    options.root,
    names.join('\n'),
    guideKey(options.guidesDir, name),
  );
  return { name, source, digest: contentKey(version, source) };
}

/** How many times a pass reads again the guides written while it read them, before leaving them to the watcher. */
const MAX_REREADS = 4;

/**
 * The guides whose files changed while the pass read them: an editor that truncates a file and
 * then writes it can be read half-written, and its last change event may come while the pass is
 * still running. Their new keys, so the pass reads them again; a file that has gone is left to
 * the next load.
 */
function writtenMeanwhile(
  options: Pick<GuideStoreOptions, 'guidesDir' | 'root'>,
  names: readonly string[],
  read: readonly PassJob[],
): PassJob[] {
  const version = renderVersion(options.root);
  return read.flatMap((job) => {
    let now: PassJob;
    try {
      now = keysOf(options, names, job.name, version);
    } catch {
      return [];
    }
    return now.digest === job.digest ? [] : [now];
  });
}

/** Below this many changed guides (an edit under `astro dev`), starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 8;
/** A worker's heap with Shiki and one ordinary guide's trees, plus a margin. */
const WORKER_HEAP_MB = 256;
const HEAP_PER_BYTE = 60;

/**
 * The changed guides, read, checked and rendered in worker threads, one per core, so the work is
 * parallel and its memory (trees, Shiki) is returned when they end; a few are done in-process.
 */
async function checkAndRenderAll(
  jobs: readonly PassJob[],
  options: PassOptions,
): Promise<GuideEntry[]> {
  const workers = Math.min(availableParallelism(), Math.floor(jobs.length / WORKER_THRESHOLD));
  if (jobs.length === 0) return [];
  // The examples' types first, in workers of their own: one program for many guides, not one each.
  const { findTypesAhead, tsVersionFiles } = await import('../examples/type-info-pool.ts');
  const { typeInfoOptions } = await import('../examples/type-info-cache.ts');
  await findTypesAhead(
    tsVersionFiles(
      jobs.map((job) => job.name),
      options.load.guidesDir,
    ),
    typeInfoOptions(options.codeCacheDir, options.load.root),
  );
  if (workers <= 1) {
    // Loaded only when a guide changed: Astro's build, which finds every guide done, never loads the renderer.
    const { checkAndRender } = await import('./guide-pass.ts');
    return checkAndRender(jobs, options);
  }
  const shares: PassJob[][] = Array.from({ length: workers }, () => []);
  // Dealt in turn, so each worker gets guides from all over the list.
  jobs.forEach((job, i) => shares[i % workers]?.push(job));
  const results = await Promise.all(shares.map((share) => runWorker(share, options)));
  return results.flat();
}

/**
 * A worker's heap limit: V8 lets a heap grow far past what is live before it collects, and every
 * worker's heap counts in the build's memory. The limit leaves room for the largest guide's trees
 * (about 60 bytes of heap per byte of Markdown, measured on the bench's largest guide).
 */
function heapLimitMb(jobs: readonly PassJob[], guidesDir: string): number {
  const largest = Math.max(0, ...jobs.map((job) => statSync(join(guidesDir, job.name)).size));
  return Math.ceil(WORKER_HEAP_MB + (largest * HEAP_PER_BYTE) / 2 ** 20);
}

function runWorker(jobs: PassJob[], options: PassOptions): Promise<GuideEntry[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./guide-worker.ts', import.meta.url), {
      workerData: { jobs, options },
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb(jobs, options.load.guidesDir) },
    });
    let entries: GuideEntry[] | undefined;
    worker.once('message', (message: GuideEntry[]) => (entries = message));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      entries ? resolve(entries) : reject(new Error(`a guides worker stopped (exit code ${code})`)),
    );
  });
}

/**
 * Brings the store up to date with the guide files: only files whose digest changed are read,
 * checked and rendered again (the HTML goes to disk, the store keeps small facts); the checks
 * across guides then run over every entry's facts, so one load reports every problem.
 */
export function updateGuides(
  options: GuideStoreOptions,
  cache: GuideCache,
  hooks: UpdateHooks = {},
): Promise<GuideReport & { changed: number }> {
  // One writer at a time (a build's first step and Astro's loader beside it, or a dev server).
  return withStoreLock(options.renderCacheDir, () => update(options, cache, hooks));
}

export interface UpdateHooks {
  /** Told how many guides will be read, before any is: `npm run build` starts Astro meanwhile when few are. */
  onReading?(count: number): void;
}

async function update(
  options: GuideStoreOptions,
  cache: GuideCache,
  hooks: UpdateHooks,
): Promise<GuideReport & { changed: number }> {
  const loadOptions: LoadOptions = { ...options, cacheDir: options.parseCacheDir };
  const { names, refused } = findGuideFiles(options.guidesDir, options.root);
  const guideFiles = guideFileMap(names);
  const changed: PassJob[] = [];
  const ready = (entry: GuideEntry | undefined, keys: PassJob): entry is GuideEntry =>
    entry?.digest === keys.digest &&
    (entry.problems.length > 0 || hasRendered(options.renderCacheDir, keys));
  const current = guideKeys(options, names);
  for (const keys of current) {
    if (ready(cache.get(keys.name), keys)) continue;
    // Checked by an earlier run (`npm run build`'s first step): the entry on disk is the same.
    const stored = readEntry<GuideEntry>(options.renderCacheDir, keys.digest);
    if (ready(stored, keys)) cache.set(stored);
    else changed.push(keys);
  }
  hooks.onReading?.(changed.length);
  const pass: PassOptions = { load: loadOptions, names, ...options };
  let pending = changed;
  // The keys this run's pages may read: a guide read again has newer ones than at the start.
  const inUse = [...current];
  for (let round = 0; pending.length > 0 && round < MAX_REREADS; round++) {
    for (const entry of await checkAndRenderAll(pending, pass)) cache.set(entry);
    pending = writtenMeanwhile(options, names, pending);
    inUse.push(...pending);
  }
  const present = new Set(names);
  for (const name of cache.names()) if (!present.has(name)) cache.delete(name);
  const folder = relative(options.root, options.guidesDir).split('\\').join('/') || '.';
  pruneStore(options.renderCacheDir, { current: inUse, owns: (file) => dirname(file) === folder });
  // Under the lock, so no pass is reading these as they go.
  for (const dir of [options.codeCacheDir, options.parseCacheDir]) sweepCache(dir);
  const entries = names.flatMap((name) => cache.get(name) ?? []);
  const fileLevel = fileDiagnostics(loadOptions, names, refused, guideFiles);
  const repeats = new Set(
    [...repeatedSlugs(names, guideFiles)].map((n) => guidePath(loadOptions, n)),
  );
  return {
    ...acrossGuides(entries, options, fileLevel, repeats),
    fileCount: names.length,
    changed: changed.length,
  };
}

/** The checks across guides (vocabulary, company spellings, titles, site links), over every entry's stored facts. */
function acrossGuides(
  entries: readonly GuideEntry[],
  options: GuideStoreOptions,
  fileLevel: Diagnostic[],
  repeats: ReadonlySet<string>,
): Omit<GuideReport, 'fileCount'> {
  const diagnostics = [...fileLevel, ...entries.flatMap((e) => e.problems)];
  const vocabulary = readVocabulary(options.guidesDir, options.root, diagnostics);
  // Two files behind one address are reported as such, not also as each other's duplicate titles.
  const lintable = entries.flatMap((e) =>
    e.lint && !repeats.has(e.file) ? [lintableGuide(e.lint)] : [],
  );
  const lint = lintAcrossGuides(lintable, vocabulary);
  const siteLinks = new SiteLinkCheck();
  for (const entry of entries) siteLinks.addFacts(entry.links);
  siteLinks.addTerms(lintable);
  diagnostics.push(...lint.errors, ...siteLinks.check());
  return { diagnostics, warnings: lint.warnings };
}

function lintableGuide(lint: StoredLint): LintableGuide {
  const lines = new Map<string, number>();
  const list = (key: 'tags' | 'companies'): string[] => {
    const values: string[] = [];
    for (const [i, value, line] of lint[key]) {
      values[i] = value;
      lines.set(`${key}\0${i}`, line);
    }
    return values;
  };
  return {
    file: lint.file,
    frontmatter: { tags: list('tags'), companies: list('companies') },
    questions: lint.questions,
    lineOf: ([key, index]) => lines.get(`${String(key)}\0${String(index)}`) ?? 1,
  };
}

/** A guide file and its TypeScript versions and recorded outputs (`<guide>/q<N>-<k>.*`): its pages show them. */
function guideKey(guidesDir: string, name: string): string {
  const hash = createHash('sha256').update(readFileSync(join(guidesDir, name)));
  const folder = join(guidesDir, name.slice(0, -extname(name).length));
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    for (const file of readdirSync(folder).sort()) {
      const path = join(folder, file);
      if (statSync(path).isFile())
        hash.update('\0').update(file).update('\0').update(readFileSync(path));
    }
  }
  return hash.digest('hex');
}
