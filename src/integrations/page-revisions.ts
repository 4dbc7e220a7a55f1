import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A precache entry as Workbox lists it: the file's path from the site's root, and its revision. */
export interface PageEntry {
  url: string;
  revision: string;
  size: number;
}

/**
 * Hashes the files it is sent, one after another: `[size, first 32 hex digits of the SHA-256]`
 * each. Plain JavaScript in a string, so the worker needs no file of its own wherever the Astro
 * config that imports this module was bundled to.
 */
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { hash } = require('node:crypto');
parentPort.postMessage(workerData.map((file) => {
  const bytes = readFileSync(file);
  return [bytes.length, hash('sha256', bytes).slice(0, 32)];
}));
`;

/**
 * Every HTML page of the built site as a precache entry, its revision the SHA-256 of its bytes,
 * hashed on every core. Workbox's own listing hashes with MD5 on one thread, about twice the cost
 * of SHA-256 (done by the processor's own instructions here): 0.75 s at 2,000 questions (317 MB of
 * pages) on every build, since a build copies the unchanged pages afresh. Pages above
 * `maximumBytes` are left out with a warning, as Workbox leaves out its files.
 */
export async function pageEntries(
  siteDir: string,
  maximumBytes: number,
): Promise<{ manifest: PageEntry[]; warnings: string[] }> {
  const files = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 200)));
  // Dealt in turn, so each worker gets pages of every kind and size.
  const shares = Array.from({ length: workers }, (_, w) =>
    files.filter((_, i) => i % workers === w),
  );
  const hashed = await Promise.all(shares.map(hashInWorker));
  const manifest: PageEntry[] = [];
  const warnings: string[] = [];
  files.forEach((file, i) => {
    const [size, revision] = hashed[i % workers]?.[Math.floor(i / workers)] ?? [];
    if (size === undefined || revision === undefined) throw new Error(`${file} was not hashed`);
    const url = relative(siteDir, file).split(sep).join('/');
    if (size > maximumBytes)
      warnings.push(`${url} is ${size} bytes, over ${maximumBytes}: not precached`);
    else manifest.push({ url, revision, size });
  });
  return { manifest, warnings };
}

function hashInWorker(files: string[]): Promise<[number, string][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(HASH_WORKER, { eval: true, workerData: files });
    let result: [number, string][] | undefined;
    worker.once('message', (message: [number, string][]) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      result
        ? resolve(result)
        : reject(new Error(`a page hashing worker stopped (exit code ${code})`)),
    );
  });
}
