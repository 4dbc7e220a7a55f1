import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasRedisServer, REDIS_MISSING } from '../src/examples/redis-server.ts';
import { NGINX_PATH } from './lib/nginx-path.ts';
import { CHROMIUM_PATH } from './lib/chromium.ts';
import { binPath, runNode } from './lib/run.ts';

/**
 * `npm test`: every suite in order (checks, unit, examples, build, browser), then one line
 * `N passed, N failed` summing them all. Exits 1 if anything failed.
 */
interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  note?: string;
}

const results: SuiteResult[] = [];
const resultsDir = resolve('test-results');

function preflight(): string[] {
  const problems: string[] = [];
  if (!existsSync(CHROMIUM_PATH))
    problems.push(
      `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
  if (!hasRedisServer()) problems.push(REDIS_MISSING);
  if (!existsSync(NGINX_PATH))
    problems.push(
      `nginx not found at ${NGINX_PATH}: install it with "apt-get install -y nginx" (or set NGINX_PATH); the nginx recipe is tested with it.`,
    );
  return problems;
}

/** A suite that is one pass or one fail: a command that must exit 0. */
async function step(name: string, script: string, args: string[] = []): Promise<boolean> {
  console.log(`\n━━ ${name}`);
  const ok = (await runNode(script, args)) === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function unit(): Promise<void> {
  console.log('\n━━ unit tests (Vitest)');
  const report = resolve(resultsDir, 'unit.json');
  rmSync(report, { force: true });
  const code = await runNode(binPath('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  const json = readJson<{ numPassedTests: number; numFailedTests: number }>(report);
  results.push(
    json
      ? {
          name: 'unit',
          passed: json.numPassedTests,
          failed: json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0),
        }
      : { name: 'unit', passed: 0, failed: 1, note: 'no report' },
  );
}

async function browser(built: boolean): Promise<void> {
  console.log('\n━━ browser tests (Playwright, Chromium)');
  if (!built) {
    results.push({ name: 'browser', passed: 0, failed: 1, note: 'not run: the build failed' });
    return;
  }
  const report = resolve(resultsDir, 'e2e.json');
  rmSync(report, { force: true });
  const code = await runNode(binPath('@playwright/test', 'playwright'), ['test']);
  const json = readJson<{
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  }>(report);
  if (!json) {
    results.push({ name: 'browser', passed: 0, failed: 1, note: 'no report' });
    return;
  }
  const { expected, unexpected, flaky, skipped } = json.stats;
  results.push({
    name: 'browser',
    passed: expected,
    failed: unexpected + flaky + skipped + (code !== 0 && unexpected === 0 ? 1 : 0),
  });
}

async function examples(): Promise<void> {
  console.log(
    '\n━━ examples (every TypeScript version, run and compared with its recorded output)',
  );
  const report = resolve(resultsDir, 'examples.json');
  rmSync(report, { force: true });
  const code = await runNode('scripts/examples.ts', ['--json', report]);
  const json = readJson<{ passed: number; failed: number }>(report);
  results.push(
    json
      ? {
          name: 'examples',
          passed: json.passed,
          failed: json.failed + (code !== 0 && json.failed === 0 ? 1 : 0),
        }
      : { name: 'examples', passed: 0, failed: 1, note: 'no report' },
  );
}

const problems = preflight();
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

await step('check (guides and their TypeScript examples)', 'scripts/check.ts');
// The whole-project type check is slow, so it is its own step here rather than in the author's loop.
await step('types (astro check)', binPath('@astrojs/check', 'astro-check'), [
  '--minimumSeverity',
  'warning',
]);
await step('lint (Prettier and ESLint)', 'scripts/lint.ts');
await unit();
await examples();
const built = await step('build', 'scripts/build.ts');
await browser(built);

console.log('\n━━ summary');
for (const r of results)
  console.log(
    `  ${r.failed === 0 ? '✓' : '✗'} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`,
  );
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
