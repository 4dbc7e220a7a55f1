import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../src/config/site.ts';
import {
  type Diagnostic,
  diagnostic,
  formatDiagnostic,
  formatReport,
} from '../src/content/diagnostics.ts';
import { sweepCache } from '../src/cache/disk-cache.ts';
import { type LoadResult, loadGuides } from '../src/content/load-guides.ts';
import { examplesTsconfig, typecheckTsVersions } from '../src/examples/typecheck.ts';

export interface GuideCheckOptions {
  /** Also type-check the examples' TypeScript versions (cached per file between runs). */
  typecheck?: boolean;
  /** Project root: paths in messages are relative to it. */
  root?: string;
  /** Folder of the on-disk caches (parsed Markdown, type-check results); none reads everything afresh. */
  cacheDir?: string | undefined;
}

export interface GuideCheckReport {
  ok: boolean;
  /** What an author sees: one line per problem, then a count. */
  output: string;
  result: LoadResult | undefined;
  /** The examples' type errors, when type-checked. */
  typeErrors: Diagnostic[];
}

/**
 * Checks every guide in a folder and returns the report, every problem of every kind in one run
 * (schema, structure, links, vocabulary and, with `typecheck`, the TypeScript examples).
 */
export function runGuideCheck(
  guidesDir: string = siteConfig.guidesDir,
  {
    typecheck = false,
    root = siteConfig.root,
    cacheDir = dirname(siteConfig.parseCacheDir),
  }: GuideCheckOptions = {},
): GuideCheckReport {
  if (!existsSync(guidesDir)) {
    const place = { file: relative(root, guidesDir) || '.', line: 1, field: 'folder' };
    const output = formatDiagnostic(diagnostic(place, 'file.no-guides-folder'));
    return { ok: false, output, result: undefined, typeErrors: [] };
  }
  const result = loadGuides({
    guidesDir,
    root,
    cacheDir: cacheDir && join(cacheDir, 'mdast'),
  });
  const typecheckCache = cacheDir && join(cacheDir, 'typecheck');
  const typeErrors = typecheck
    ? typecheckTsVersions(result.tsVersions, examplesTsconfig(root), root, {
        cacheDir: typecheckCache,
      })
    : [];
  // Results not read for two weeks go (once a day); a run reading one meanwhile checks it again.
  if (typecheckCache) sweepCache(typecheckCache);
  const diagnostics = [...result.diagnostics, ...typeErrors];
  return {
    ok: diagnostics.length === 0,
    output: formatReport(diagnostics, result.fileCount, result.warnings),
    result,
    typeErrors,
  };
}

/** Checks every guide in a folder, prints one line per problem and a summary; true when clean. */
export function checkGuides(
  guidesDir: string = siteConfig.guidesDir,
  { typecheck = false } = {},
): { ok: boolean; result: LoadResult | undefined } {
  const { ok, output, result } = runGuideCheck(guidesDir, { typecheck });
  if (result) console.log(output);
  else console.error(output);
  return { ok, result };
}

/** `node scripts/check-guides.ts [--dir folder] [--typecheck]`: the guide check alone. */
if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, typecheck: { type: 'boolean', default: false } },
  });
  process.exitCode = checkGuides(values.dir ? resolve(values.dir) : undefined, {
    typecheck: values.typecheck,
  }).ok
    ? 0
    : 1;
}
