import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect, test } from '@playwright/test';
import { processTree } from '../../scripts/lib/process-tree.ts';

/**
 * `npm run dev` against a copy of one fixture guide: an edit shows on the guide's page, a broken
 * guide shows its `file:line` message in the browser and the terminal without stopping the server,
 * and SIGTERM to npm stops every process it started.
 */
const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/valid/sql-and-shell-only/sql-and-shell-only.md');
const GUIDE = 'sql-and-shell-only';

test.describe.configure({ mode: 'serial' });

let work = '';
let guideFile = '';
let dev: ChildProcess | undefined;
let output = '';

test.beforeAll(() => {
  output = '';
  work = mkdtempSync(join(tmpdir(), 'interview-dev-'));
  mkdirSync(join(work, 'guides'));
  guideFile = join(work, 'guides', `${GUIDE}.md`);
  cpSync(fixture, guideFile);
});

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook uses from this pattern
test.afterEach(({}, testInfo) => {
  // What the server printed, kept beside the failure (the reporter shows only its first lines).
  if (testInfo.status !== testInfo.expectedStatus)
    writeFileSync(testInfo.outputPath('dev-server-output.txt'), output);
});

test.afterAll(() => {
  // Only if the test failed before stopping it: never leave the server behind.
  if (dev?.pid && dev.exitCode === null) for (const pid of processTree(dev.pid)) kill(pid);
  rmSync(work, { recursive: true, force: true });
});

test('an edited guide updates, a broken one shows its error, SIGTERM stops it all', async ({
  page,
}) => {
  test.setTimeout(600_000);
  // --ignore-lock: runs beside a dev server someone may have open on the project.
  dev = spawn('npm', ['run', 'dev', '--', '--ignore-lock', '--port', String(await freePort())], {
    cwd: root,
    env: { ...process.env, GUIDES_DIR: join(work, 'guides'), CACHE_DIR: join(work, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  const address = () => /https?:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[0] ?? '';
  await expect.poll(address, { timeout: 300_000 }).not.toBe('');
  const pageUrl = `${address()}/guides/${GUIDE}/`;
  // Vite may reload the open page itself (a guide changed, content synced): a navigation of ours
  // it interrupts is simply made again.
  await expect(async () => {
    await page.goto(pageUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('HTTP Caching Basics', {
      timeout: 10_000,
    });
  }).toPass({ timeout: 120_000 });

  const marker = `Edited while the server ran ${Date.now()}`;
  const original = readFileSync(guideFile, 'utf8');
  const edited = performance.now();
  saveGuide(
    original.replace('Set `Cache-Control` on purpose for every response you send.', marker),
  );
  await expect.poll(() => bodyOf(pageUrl), { timeout: 120_000 }).toContain(marker);
  // Reported, not asserted: the machine is shared, so a bound would be a timing race.
  const seconds = ((performance.now() - edited) / 1000).toFixed(1);
  test.info().annotations.push({ type: 'edit shown after', description: `${seconds} s` });
  await expect(async () => {
    await page.goto(pageUrl);
    await expect(page.getByText(marker)).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });

  saveGuide(original.replace('difficulty: intermediate', 'difficulty: expert'));
  const message = `${GUIDE}.md:4: difficulty: expected one of`;
  // The page shows the report in Vite's error overlay, which the client draws from the server's error.
  await expect(async () => {
    await page.goto(pageUrl);
    await expect(page.getByText(message).first()).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });
  await expect.poll(() => output, { timeout: 60_000 }).toContain(message);

  // The server survived the broken guide: fixing it brings the page back.
  saveGuide(original);
  await expect.poll(() => bodyOf(pageUrl), { timeout: 120_000 }).toContain('HTTP Caching Basics');

  const pids = processTree(dev.pid ?? 0);
  expect(pids.length).toBeGreaterThan(2); // npm, the dev script, astro
  dev.kill('SIGTERM');
  await expect.poll(() => pids.filter(isRunning), { timeout: 60_000 }).toEqual([]);
});

/**
 * Saves the guide in place, truncated and then written, as `writeFileSync` and some editors do: the
 * loader may read it half-written, and must then read it again (guide-store's writtenMeanwhile).
 */
function saveGuide(text: string): void {
  writeFileSync(guideFile, text);
}

/** A port nothing listens on now (the server moves up from it if one is taken by then). */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function bodyOf(url: string): Promise<string> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return '';
  }
}

/** Running, not a zombie waiting for its parent to read its exit. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
