import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, scenarioDir, scenarios } from '../helpers/fixtures.ts';

function checkGuides(dir: string, ...flags: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'scripts/check-guides.ts'), '--dir', dir, ...flags],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('scripts/check-guides.ts as an author runs it', () => {
  it.each(scenarios('invalid'))('%s: exits 1 naming the file, with no stack trace', (name) => {
    const { code, output } = checkGuides(scenarioDir('invalid', name));
    expect(code).toBe(1);
    expect(output).toContain(`tests/fixtures/invalid/${name}/`);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).toMatch(/✗ \d+ problems? in \d+ files?/);
  });

  it('exits 0 on valid guides', () => {
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

  it('with --typecheck, reports a TypeScript version that fails tsc --strict at its block', () => {
    const { code, output } = checkGuides(
      join(projectRoot, 'tests/fixtures/typecheck/ts-version-type-error'),
      '--typecheck',
    );
    expect(code).toBe(1);
    expect(output).toContain(
      'tests/fixtures/typecheck/ts-version-type-error/ts-version-type-error.md:39: TypeScript version ts-version-type-error/q1-1: expected',
    );
    expect(output).toContain("Type 'string' is not assignable to type 'number'.");
  });

  it('names a missing folder without a stack trace', () => {
    const { code, output } = checkGuides(join(projectRoot, 'tests/fixtures/nope'));
    expect(code).toBe(1);
    expect(output).toContain('expected a folder of guides');
  });
});
