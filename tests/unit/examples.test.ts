import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TsVersion } from '../../src/content/ts-versions.ts';
import { firstDifference, normaliseOutput } from '../../src/examples/normalise-output.ts';
import { startRedis } from '../../src/examples/redis-server.ts';
import { selectTsVersions } from '../../src/examples/select.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';

describe('normaliseOutput', () => {
  it('replaces values that change between runs, keeping their place', () => {
    const output = [
      'listening on http://127.0.0.1:43817/ and localhost:3000',
      'at 2026-11-24T07:43:10.123Z took 12.5ms (0.4 s total)',
      'request 3f2b8c1e-9a4d-4e7f-8b2a-1c5d6e7f8a9b trace 4bf92f3577b34da6a3ce929d0e0e4736',
      'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.abc_-123 issued 1795505965 at 1795505965123',
    ].join('\n');
    expect(normaliseOutput(output)).toBe(
      [
        'listening on http://127.0.0.1:<port>/ and localhost:<port>',
        'at <timestamp> took <duration> (<duration> total)',
        'request <uuid> trace <hex>',
        'token <jwt> issued <epoch> at <epoch-ms>',
      ].join('\n'),
    );
  });

  it('normalises numeric duration fields in JSON log lines, and leaves other numbers alone', () => {
    expect(normaliseOutput('{"durationMs":39.8,"status":200,"latency_ms": 12}')).toBe(
      '{"durationMs":<duration>,"status":200,"latency_ms": <duration>}',
    );
  });

  it("normalises node:test's duration_ms figures", () => {
    expect(normaliseOutput('ℹ duration_ms 37.05\n  duration_ms: 1.5')).toBe(
      'ℹ duration_ms <duration>\n  duration_ms: <duration>',
    );
  });

  it('leaves stable output alone, apart from trailing whitespace', () => {
    expect(normaliseOutput('GET /users 200\ncache: miss  \nhits=3\n\n')).toBe(
      'GET /users 200\ncache: miss\nhits=3',
    );
  });

  it('never drops a line: a missing value still fails the comparison', () => {
    expect(firstDifference(normaliseOutput('took 3ms\nok'), normaliseOutput('took\nok'))).toEqual({
      line: 1,
      expected: 'took <duration>',
      actual: 'took',
    });
    expect(firstDifference('a\nb', 'a')).toEqual({
      line: 2,
      expected: 'b',
      actual: '(end of output)',
    });
  });
});

describe('selectTsVersions', () => {
  const tsVersion = (id: string) => ({ id }) as TsVersion;
  const all = [
    tsVersion('express-js/q1-1'),
    tsVersion('express-js/q1-2'),
    tsVersion('express-js/q12-1'),
    tsVersion('streams/q1-1'),
  ];
  it.each([
    ['express-js/q1-1', ['express-js/q1-1']],
    ['express-js/q1', ['express-js/q1-1', 'express-js/q1-2']],
    ['express-js/1', ['express-js/q1-1', 'express-js/q1-2']],
    ['express-js/12-how-do-you-shut-down', ['express-js/q12-1']],
    ['express-js', ['express-js/q1-1', 'express-js/q1-2', 'express-js/q12-1']],
    ['express-js/q7', []],
  ])('%s', (selector, ids) => {
    expect(selectTsVersions(all, selector).map((t) => t.id)).toEqual(ids);
  });
});

function runExamples(scenario: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      join(projectRoot, 'scripts/examples.ts'),
      '--dir',
      join(fixturesDir, 'examples', scenario),
      '--timeout',
      '3000',
      ...args,
    ],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run examples', () => {
  it('passes an example whose output matches once ports, times and durations are normalised', () => {
    const { code, output } = runExamples('passes');
    expect(code).toBe(0);
    expect(output).toMatch(/passes\/q1-1\s+pass\s+[\d.]+ s/);
    expect(output).toContain('1 examples passed, 0 failed');
  });

  it('fails an example whose output differs, naming it and the first differing line', () => {
    const { code, output } = runExamples('wrong-output');
    expect(code).toBe(1);
    expect(output).toContain('✗ wrong-output/q1-1');
    expect(output).toContain(
      'output differs at line 1: expected "private, max-age=3600", received "private, max-age=60"',
    );
  });

  it('kills an example that hangs, at the timeout', () => {
    const { code, output } = runExamples('hangs');
    expect(code).toBe(1);
    expect(output).toContain('✗ hangs/q1-1');
    expect(output).toContain('timed out after 3 s');
    expect(output).toContain('| started');
  });

  it('fails an example that throws, showing what it printed', () => {
    const { code, output } = runExamples('throws');
    expect(code).toBe(1);
    expect(output).toContain('exited with code 1');
    expect(output).toContain('the example broke');
  });

  it('gives examples that use Redis a real server', () => {
    const { code, output } = runExamples('uses-redis');
    expect(output).toContain('uses-redis/q1-1');
    expect(code).toBe(0);
  });

  it('runs one example by name and shows its output', () => {
    const { code, output } = runExamples('passes', 'passes/q1');
    expect(code).toBe(0);
    expect(output).toContain('$ node tests/fixtures/examples/passes/passes/q1-1.ts');
    expect(output).toContain('private, max-age=60');
  });

  it('names an unknown example', () => {
    const { code, output } = runExamples('passes', 'passes/q9');
    expect(code).toBe(1);
    expect(output).toContain('passes/q9: expected <guide>/<question> naming an example');
  });
});

describe('startRedis', () => {
  it('starts a real server on a free loopback port and stops it', async () => {
    const redis = await startRedis();
    expect(redis.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(redis.url.split(':').pop());
    const ping = spawnSync('redis-cli', ['-p', String(port), 'PING'], { encoding: 'utf8' });
    expect(ping.stdout.trim()).toBe('PONG');
    await redis.stop();
    const after = spawnSync('redis-cli', ['-p', String(port), 'PING'], { encoding: 'utf8' });
    expect(after.stdout.trim()).not.toBe('PONG');
  });
});
