import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type ts from 'typescript';
import { contentKey, readCacheFile, writeCacheFile } from '../cache/disk-cache.ts';
import { extractTypeInfo, type TypeInfo } from './type-info.ts';
import { examplesTsconfig, sharedKey } from './typecheck.ts';
import { loadTypeScript } from './load-typescript.ts';

/** A TypeScript version as the type work needs it (what a worker thread can be sent). */
export interface TypeJob {
  path: string;
  source: string;
}

export interface TypeInfoOptions {
  /** Folder for results kept between builds; none keeps them in memory only. */
  cacheDir?: string | undefined;
  /** The examples' tsconfig (`content/tsconfig.json`). */
  tsconfigPath: string;
  /** Project root: its lock file pins the compiler and installed types. */
  root: string;
}

/** Bump when what is extracted changes, so cached results are redone. */
const TYPE_INFO_VERSION = 'types-v2';

const memory = new Map<string, TypeInfo>();
/**
 * One program holds this many TypeScript versions at most, so memory stays bounded however large
 * the bank (a program over 1,000 of them held about 400 MB; at 200 the 2,000-question build peaked
 * at 1,235 MB against 1,281 MB at 500); each further one costs a second or two.
 */
const FILES_PER_PROGRAM = 200;
const sharedKeys = new Map<string, string>();

function entryKey(job: TypeJob, options: TypeInfoOptions): string {
  const cacheKey = `${options.tsconfigPath}\0${options.root}`;
  let shared = sharedKeys.get(cacheKey);
  if (shared === undefined) {
    shared = sharedKey(options.tsconfigPath, options.root);
    sharedKeys.set(cacheKey, shared);
  }
  return contentKey(TYPE_INFO_VERSION, shared, resolve(job.path), job.source);
}

const entryFile = (key: string, cacheDir: string) => join(cacheDir, 'types', `${key}.json`);

/** The cached types of a TypeScript version, if an earlier run computed them. */
export function cachedTypeInfo(job: TypeJob, options: TypeInfoOptions): TypeInfo | undefined {
  const key = entryKey(job, options);
  const known = memory.get(key);
  if (known || !options.cacheDir) return known;
  // Not kept in memory: a large build reads each once, and thousands would add up.
  const text = readCacheFile(entryFile(key, options.cacheDir));
  try {
    return text === undefined ? undefined : (JSON.parse(text) as TypeInfo);
  } catch {
    return undefined;
  }
}

/** Whether a TypeScript version's types are known without computing them. */
export function isTypeInfoKnown(job: TypeJob, options: TypeInfoOptions): boolean {
  const key = entryKey(job, options);
  return memory.has(key) || (!!options.cacheDir && existsSync(entryFile(key, options.cacheDir)));
}

/** The TypeScript versions split into the programs that find their types, in order. */
export function programBatches<T>(jobs: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < jobs.length; start += FILES_PER_PROGRAM)
    batches.push(jobs.slice(start, start + FILES_PER_PROGRAM));
  return batches;
}

/** Computes, in one program, the types of the TypeScript versions not cached yet. */
export function ensureTypeInfo(jobs: readonly TypeJob[], options: TypeInfoOptions): void {
  const missing = jobs.filter((job) => !isTypeInfoKnown(job, options));
  for (const batch of programBatches(missing)) {
    const fresh = computeTypeInfo(batch, options.tsconfigPath);
    batch.forEach((job, i) => {
      const info = fresh[i] as TypeInfo;
      const key = entryKey(job, options);
      if (options.cacheDir) writeCacheFile(entryFile(key, options.cacheDir), JSON.stringify(info));
      else memory.set(key, info);
    });
  }
}

/** Each TypeScript version's types, computing those not cached yet. */
export function typeInfoFor(jobs: readonly TypeJob[], options: TypeInfoOptions): TypeInfo[] {
  ensureTypeInfo(jobs, options);
  return jobs.map((job) => cachedTypeInfo(job, options) ?? { hovers: [], errors: [] });
}

/** Library files parsed once per process, however many programs are made (the dev server makes several). */
const libraryFiles = new Map<string, ts.SourceFile>();

function computeTypeInfo(jobs: readonly TypeJob[], tsconfigPath: string): TypeInfo[] {
  const compiler = loadTypeScript();
  const config = compiler.getParsedCommandLineOfConfigFile(
    tsconfigPath,
    {},
    { ...compiler.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  const options = { ...(config?.options ?? { strict: true }), noEmit: true };
  const texts = new Map(jobs.map((job) => [resolve(job.path), job.source]));
  const host = compiler.createCompilerHost(options, true);
  const readFromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError) => {
    const text = texts.get(resolve(fileName));
    if (text !== undefined) return compiler.createSourceFile(fileName, text, language, true);
    const known = libraryFiles.get(fileName);
    if (known) return known;
    const parsed = readFromDisk(fileName, language, onError);
    if (parsed && /[\\/]node_modules[\\/]/.test(fileName)) libraryFiles.set(fileName, parsed);
    return parsed;
  };
  const program = compiler.createProgram({ rootNames: [...texts.keys()], options, host });
  return jobs.map((job) => {
    const file = program.getSourceFile(resolve(job.path));
    return file ? extractTypeInfo(compiler, program, file) : { hovers: [], errors: [] };
  });
}

/** The build's settings: the examples' tsconfig under the project root, results beside the highlighted code. */
export function typeInfoOptions(
  cacheDir: string | undefined,
  root: string = process.cwd(),
): TypeInfoOptions {
  return { cacheDir, tsconfigPath: examplesTsconfig(root), root };
}
