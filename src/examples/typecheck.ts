import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type ts from 'typescript';
import { contentKey, readCacheFile, writeCacheFile } from '../cache/disk-cache.ts';
import { type Diagnostic, diagnostic } from '../content/diagnostics.ts';
import type { TsVersion } from '../content/ts-versions.ts';
import { expectedErrors, unexpectedErrors } from './expected-errors.ts';
import { loadTypeScript } from './load-typescript.ts';

export interface TypecheckOptions {
  /**
   * Folder for results kept between runs, keyed by each file's content and everything shared
   * (tsconfig, TypeScript, installed types); none checks every file every time.
   */
  cacheDir?: string | undefined;
}

/**
 * Type-checks every TypeScript version under `content/tsconfig.json` (strict) and reports each
 * error at the guide block the TypeScript version ports, naming the TypeScript version's own file
 * and line. With a cache, only files whose text (or the shared types) changed are checked again.
 */
export function typecheckTsVersions(
  tsVersions: readonly TsVersion[],
  tsconfigPath: string,
  root: string,
  { cacheDir }: TypecheckOptions = {},
): Diagnostic[] {
  if (tsVersions.length === 0) return [];
  const shared = sharedKey(tsconfigPath, root);
  const entryOf = (t: TsVersion) =>
    cacheDir
      ? join(cacheDir, `${contentKey('typecheck-v2', shared, t.path, t.source)}.json`)
      : undefined;
  const diagnostics: Diagnostic[] = [];
  const toCheck: TsVersion[] = [];
  for (const tsVersion of tsVersions) {
    const cached = readCached(entryOf(tsVersion));
    if (cached) diagnostics.push(...reported(tsVersion, cached));
    else toCheck.push(tsVersion);
  }
  if (toCheck.length === 0) return diagnostics;
  const fresh = checkProgram(toCheck, tsconfigPath, root);
  for (const tsVersion of toCheck) {
    const entry = entryOf(tsVersion);
    const own = fresh.byVersion.get(tsVersion) ?? [];
    // A problem outside the examples (the tsconfig, a library) is not any one file's result.
    if (entry && fresh.elsewhere.length === 0) {
      const cached: CachedResult = { errors: own, imports: localImports(tsVersion, fresh.ts) };
      writeCacheFile(entry, JSON.stringify(cached));
    }
    diagnostics.push(...reported(tsVersion, own));
  }
  return [...diagnostics, ...fresh.elsewhere];
}

function checkProgram(
  tsVersions: readonly TsVersion[],
  tsconfigPath: string,
  root: string,
): { byVersion: Map<TsVersion, TypeError[]>; elsewhere: Diagnostic[]; ts: typeof ts } {
  const ts = loadTypeScript();
  const byVersion = new Map<TsVersion, TypeError[]>();
  const elsewhere: Diagnostic[] = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfigPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) return { byVersion, elsewhere, ts };
  const byPath = new Map(tsVersions.map((t) => [resolve(t.path), t]));
  const program = ts.createProgram({
    rootNames: [...byPath.keys()],
    options: { ...config.options, noEmit: true },
  });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    const tsVersion = d.file ? byPath.get(resolve(d.file.fileName)) : undefined;
    if (!tsVersion || !d.file || d.start === undefined) {
      const where = d.file
        ? relative(root, d.file.fileName)
        : relative(root, dirname(tsconfigPath));
      elsewhere.push(
        diagnostic({ file: where, line: 1, field: 'TypeScript' }, 'example.project-type-error', {
          code: d.code,
          message,
        }),
      );
      continue;
    }
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const list = byVersion.get(tsVersion) ?? [];
    list.push({ code: d.code, line: line + 1, column: character + 1, message });
    byVersion.set(tsVersion, list);
  }
  return { byVersion, elsewhere, ts };
}

/** The examples' tsconfig: type checks, types and the guides' digests all read this one. */
export function examplesTsconfig(root: string): string {
  return resolve(root, 'content/tsconfig.json');
}

/** What every example's result depends on besides its own text: compiler, options, installed types. */
export function sharedKey(tsconfigPath: string, root: string): string {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  // The lock file pins the compiler and every installed type package.
  return contentKey(read(tsconfigPath), read(join(root, 'package-lock.json')));
}

/** What the cache keeps per file: its errors, and the local files it imports with their text's hash. */
interface CachedResult {
  errors: TypeError[];
  imports: Array<{ path: string; hash: string }>;
}

/** A file's result depends on the local files it imports too. */
function localImports(tsVersion: TsVersion, compiler: typeof ts): CachedResult['imports'] {
  return compiler
    .preProcessFile(tsVersion.source, true, true)
    .importedFiles.filter((f) => f.fileName.startsWith('.'))
    .map((f) => {
      const path = resolve(dirname(tsVersion.path), f.fileName);
      return { path, hash: fileHash(path) };
    });
}

function fileHash(path: string): string {
  try {
    return contentKey(readFileSync(path, 'utf8'));
  } catch {
    return 'missing';
  }
}

/** One compiler error in a TypeScript version's own file: what the cache keeps. */
interface TypeError {
  code: number;
  line: number;
  column: number;
  message: string;
}

/** A file's errors less those its `// @errors` line expects, and each expected code that did not come. */
function reported(tsVersion: TsVersion, errors: readonly TypeError[]): Diagnostic[] {
  const expected = expectedErrors(tsVersion.source);
  const { unexpected, missing } = unexpectedErrors(errors, expected);
  const place = {
    file: tsVersion.block.file,
    line: tsVersion.block.line,
    field: `TypeScript version ${tsVersion.id}`,
  };
  return [
    ...unexpected.map((error) => atBlock(tsVersion, error)),
    ...missing.map((code) =>
      diagnostic(place, 'example.expected-error-missing', {
        file: tsVersion.file,
        code,
        line: expected?.line ?? 1,
      }),
    ),
  ];
}

/** Reported at the guide block the file ports, which may have moved since the error was cached. */
function atBlock(tsVersion: TsVersion, error: TypeError): Diagnostic {
  const place = {
    file: tsVersion.block.file,
    line: tsVersion.block.line,
    field: `TypeScript version ${tsVersion.id}`,
  };
  return diagnostic(place, 'example.type-error', { file: tsVersion.file, ...error });
}

function readCached(entry: string | undefined): TypeError[] | undefined {
  const text = entry && readCacheFile(entry);
  if (text === undefined) return undefined;
  try {
    const cached = JSON.parse(text) as CachedResult;
    const unchanged = cached.imports.every(({ path, hash }) => fileHash(path) === hash);
    return unchanged ? cached.errors : undefined;
  } catch {
    return undefined;
  }
}
