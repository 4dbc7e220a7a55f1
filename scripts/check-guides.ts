import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../src/config/site.ts';
import { formatReport } from '../src/content/diagnostics.ts';
import { type LoadResult, loadGuides } from '../src/content/load-guides.ts';
import { typecheckTsVersions } from '../src/examples/typecheck.ts';

/**
 * Checks every guide in a folder, prints one line per problem and a summary; true when clean.
 * With `typecheck`, the TypeScript versions of the examples are type-checked too (slower).
 */
export function checkGuides(
  guidesDir: string = siteConfig.guidesDir,
  { typecheck = false } = {},
): { ok: boolean; result: LoadResult | undefined } {
  if (!existsSync(guidesDir)) {
    console.error(
      `${relative(siteConfig.root, guidesDir)}: expected a folder of guides, received nothing; create it and add a guide (see README)`,
    );
    return { ok: false, result: undefined };
  }
  const result = loadGuides({
    guidesDir,
    root: siteConfig.root,
    cacheDir: siteConfig.parseCacheDir,
  });
  const typeErrors = typecheck
    ? typecheckTsVersions(
        result.tsVersions,
        resolve(siteConfig.root, 'content/tsconfig.json'),
        siteConfig.root,
      )
    : [];
  const diagnostics = [...result.diagnostics, ...typeErrors];
  console.log(formatReport(diagnostics, result.fileCount, result.warnings));
  return { ok: diagnostics.length === 0, result };
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
