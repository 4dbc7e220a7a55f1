import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, matchesGlob, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A precache entry as Workbox lists it: the file's path from the site's root, and its revision. */
export interface PrecacheEntry {
  url: string;
  /** None for a file whose name changes with its content (Vite's hashed assets). */
  revision: string | null;
  size: number;
}

/** Which files of the built site the service worker precaches. */
export interface PrecacheFiles {
  /** File name endings (`html`, `pf_fragment`), as a glob's `*.{html,…}` would list them. */
  extensions: readonly string[];
  /** Globs of paths from the root that are left out (`pagefind/pagefind-*ui.*`). */
  ignore: readonly string[];
  /** Paths from the root under which names carry their content's hash (`_astro/`). */
  hashedNamesUnder: string;
  /** Files larger than this are left out, with a warning. */
  maximumBytes: number;
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
 * Every file of the built site the service worker precaches, its revision the SHA-256 of its bytes,
 * hashed on every core. Workbox's own listing (a glob, then MD5 on one thread) took about 1 s of
 * every build at 2,000 questions (4,600 files, 330 MB), since a build copies the unchanged pages
 * afresh; this takes about a third of that. Dot files are left out, as Workbox's glob leaves them.
 */
export async function precacheEntries(
  siteDir: string,
  files: PrecacheFiles,
): Promise<{ manifest: PrecacheEntry[]; warnings: string[] }> {
  const endings = new Set(files.extensions.map((extension) => `.${extension}`));
  const paths = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(
      (url) =>
        !url.split('/').some((part) => part.startsWith('.')) &&
        endings.has(url.slice(url.lastIndexOf('.'))) &&
        !files.ignore.some((glob) => matchesGlob(url, glob)),
    )
    .sort();
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(paths.length / 200)));
  // Dealt in turn, so each worker gets files of every kind and size.
  const shares = Array.from({ length: workers }, (_, w) =>
    paths.filter((_, i) => i % workers === w).map((url) => join(siteDir, url)),
  );
  const hashed = await Promise.all(shares.map(hashInWorker));
  const manifest: PrecacheEntry[] = [];
  const warnings: string[] = [];
  paths.forEach((url, i) => {
    const [size, hash] = hashed[i % workers]?.[Math.floor(i / workers)] ?? [];
    if (size === undefined || hash === undefined) throw new Error(`${url} was not hashed`);
    if (size > files.maximumBytes)
      warnings.push(`${url} is ${size} bytes, over ${files.maximumBytes}: not precached`);
    else {
      const revision = url.startsWith(files.hashedNamesUnder) ? null : hash;
      manifest.push({ url, revision, size });
    }
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
        : reject(new Error(`a precache hashing worker stopped (exit code ${code})`)),
    );
  });
}
