import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGuideCheck } from '../../scripts/check-guides.ts';
import { projectRoot, scenarioDir, scenarios } from '../helpers/fixtures.ts';

/** The check as the CLI runs it, through the library: one Node process for every fixture. */
function checkGuides(dir: string, { typecheck = false } = {}) {
  const { ok, output } = runGuideCheck(dir, { typecheck, root: projectRoot });
  return { code: ok ? 0 : 1, output };
}

describe('the guide check as an author runs it', () => {
  it.each(scenarios('invalid'))('%s: fails naming the file, with no stack trace', (name) => {
    const { code, output } = checkGuides(scenarioDir('invalid', name));
    expect(code).toBe(1);
    expect(output).toContain(`tests/fixtures/invalid/${name}/`);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).toMatch(/✗ \d+ problems? in \d+ files?/);
  });

  it('passes valid guides', () => {
    const { code, output } = checkGuides(scenarioDir('valid', 'links-between-guides'));
    expect(code).toBe(0);
    expect(output).toContain('✓ 2 guides checked, no problems found.');
  });

  it('reports every problem in every file in one run', () => {
    const { code, output } = checkGuides(join(projectRoot, 'tests/fixtures/invalid/many-problems'));
    expect(code).toBe(1);
    expect(
      output.match(/^tests\/fixtures\/invalid\/many-problems\/many-problems\.md:\d+:/gm)?.length,
    ).toBe(4);
  });

  it('with typecheck, reports a TypeScript version that fails tsc --strict at its block', () => {
    const { code, output } = checkGuides(
      join(projectRoot, 'tests/fixtures/typecheck/ts-version-type-error'),
      { typecheck: true },
    );
    expect(code).toBe(1);
    expect(output).toContain(
      'tests/fixtures/typecheck/ts-version-type-error/ts-version-type-error.md:39: TypeScript version ts-version-type-error/q1-1: expected',
    );
    expect(output).toContain("Type 'string' is not assignable to type 'number'.");
  }, 120_000); // a compiler run on a machine whose cores may all be busy

  it('names a missing folder without a stack trace', () => {
    const { code, output } = checkGuides(join(projectRoot, 'tests/fixtures/nope'));
    expect(code).toBe(1);
    expect(output).toContain('expected a folder of guides');
  });
});

describe('scripts/check-guides.ts from the command line (one smoke test)', () => {
  it('exits 1 on a broken guide, one line per problem and no stack trace', () => {
    const broken = spawnSync(
      process.execPath,
      [
        join(projectRoot, 'scripts/check-guides.ts'),
        '--dir',
        scenarioDir('invalid', 'many-problems'),
      ],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    const output = `${broken.stdout}${broken.stderr}`;
    expect(broken.status).toBe(1);
    expect(output).toMatch(/^tests\/fixtures\/invalid\/many-problems\/many-problems\.md:\d+: /m);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).toMatch(/✗ 4 problems in 1 file/);
  });
});
