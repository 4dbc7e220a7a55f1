import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/content/load-guides.ts';
import { examplesTsconfig, typecheckTsVersions } from '../../src/examples/typecheck.ts';
import { fixturesDir, projectRoot, scenarioDir } from '../helpers/fixtures.ts';

describe('typecheckTsVersions', () => {
  it('reports a type error at the guide block, naming the TypeScript version file and line', () => {
    const result = loadGuides({
      guidesDir: join(fixturesDir, 'typecheck/ts-version-type-error'),
      root: projectRoot,
    });
    const diagnostics = typecheckTsVersions(
      result.tsVersions,
      examplesTsconfig(projectRoot),
      projectRoot,
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      file: 'tests/fixtures/typecheck/ts-version-type-error/ts-version-type-error.md',
      line: 39,
    });
    expect(diagnostics[0]?.message).toMatch(
      /^expected tests\/fixtures\/typecheck\/ts-version-type-error\/ts-version-type-error\/q1-1\.ts to type-check under tsc --strict, received TS2322 at .*q1-1\.ts:1:/,
    );
  });

  it('passes a correct TypeScript version', () => {
    const result = loadGuides({
      guidesDir: scenarioDir('valid', 'with-ts-version'),
      root: projectRoot,
    });
    expect(
      typecheckTsVersions(result.tsVersions, examplesTsconfig(projectRoot), projectRoot),
    ).toEqual([]);
  });
});

describe('typecheckTsVersions with a cache', () => {
  it('keeps each result by file content: unchanged files are not checked again, a changed one is', () => {
    const work = mkdtempSync(join(tmpdir(), 'typecheck-cache-'));
    try {
      const guidesDir = join(work, 'guides');
      cpSync(join(fixturesDir, 'typecheck/ts-version-type-error'), guidesDir, { recursive: true });
      const cacheDir = join(work, 'cache');
      const check = () =>
        typecheckTsVersions(
          loadGuides({ guidesDir, root: work }).tsVersions,
          examplesTsconfig(projectRoot),
          work,
          { cacheDir },
        ).map((d) => d.message);
      const first = check();
      expect(first).toEqual([
        expect.stringContaining('TS2322 at guides/ts-version-type-error/q1-1.ts:1:'),
      ]);
      expect(readdirSync(cacheDir)).toHaveLength(1);
      expect(check()).toEqual(first);
      writeFileSync(
        join(guidesDir, 'ts-version-type-error/q1-1.ts'),
        'const cacheControl = (seconds: number): string => `private, max-age=${seconds}`;\nconsole.log(cacheControl(60));\n',
      );
      expect(check()).toEqual([]);
      expect(readdirSync(cacheDir)).toHaveLength(2);
      // A local file it imports is part of its result: changing it means checking again.
      const folder = join(guidesDir, 'ts-version-type-error');
      writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
      writeFileSync(join(folder, 'seconds.ts'), 'export const seconds: number = 60;\n');
      writeFileSync(
        join(folder, 'q1-1.ts'),
        "import { seconds } from './seconds.ts';\nconst cacheControl = (s: number): string => `max-age=${s}`;\nconsole.log(cacheControl(seconds));\n",
      );
      expect(check()).toEqual([]);
      writeFileSync(join(folder, 'seconds.ts'), "export const seconds: string = '60';\n");
      expect(check()).toEqual([
        expect.stringContaining('TS2345 at guides/ts-version-type-error/q1-1.ts:3:'),
      ]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000); // four compiler runs on a machine whose cores may all be busy
});
