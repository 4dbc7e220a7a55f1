import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { contentKey, writeCacheFile } from '../cache/disk-cache.ts';
import { type Diagnostic, diagnostic } from '../content/diagnostics.ts';
import type { TsVersion } from '../content/ts-versions.ts';

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
    cacheDir && isSelfContained(t.source)
      ? join(cacheDir, `${contentKey('typecheck-v1', shared, t.path, t.source)}.json`)
      : undefined;
  const diagnostics: Diagnostic[] = [];
  const toCheck: TsVersion[] = [];
  for (const tsVersion of tsVersions) {
    const cached = readCached(entryOf(tsVersion));
    if (cached) diagnostics.push(...cached.map((error) => atBlock(tsVersion, error)));
    else toCheck.push(tsVersion);
  }
  if (toCheck.length === 0) return diagnostics;
  const fresh = checkProgram(toCheck, tsconfigPath, root);
  for (const tsVersion of toCheck) {
    const entry = entryOf(tsVersion);
    const own = fresh.byVersion.get(tsVersion) ?? [];
    // A problem outside the examples (the tsconfig, a library) is not any one file's result.
    if (entry && fresh.elsewhere.length === 0) writeCacheFile(entry, JSON.stringify(own));
    diagnostics.push(...own.map((error) => atBlock(tsVersion, error)));
  }
  return [...diagnostics, ...fresh.elsewhere];
}

function checkProgram(
  tsVersions: readonly TsVersion[],
  tsconfigPath: string,
  root: string,
): { byVersion: Map<TsVersion, TypeError[]>; elsewhere: Diagnostic[] } {
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
  if (!config) return { byVersion, elsewhere };
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
  return { byVersion, elsewhere };
}

/** What every example's result depends on besides its own text: compiler, options, installed types. */
function sharedKey(tsconfigPath: string, root: string): string {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  return contentKey(ts.version, read(tsconfigPath), read(join(root, 'package-lock.json')));
}

/** A file importing another example file depends on that file's text too: never cached. */
function isSelfContained(source: string): boolean {
  return !ts
    .preProcessFile(source, true, true)
    .importedFiles.some((f) => f.fileName.startsWith('.'));
}

/** One compiler error in a TypeScript version's own file: what the cache keeps. */
interface TypeError {
  code: number;
  line: number;
  column: number;
  message: string;
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
  if (!entry) return undefined;
  try {
    return JSON.parse(readFileSync(entry, 'utf8')) as TypeError[];
  } catch {
    return undefined;
  }
}
