import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect, type Page, test } from '@playwright/test';
import { processTree, procStat } from '../../scripts/lib/process-tree.ts';
import { ASTRO_ENV } from '../../scripts/lib/run.ts';

/**
 * The author loop, one test after another (each runs Astro in this project). `npm run dev` against a
 * copy of one fixture guide: an edit shows on the guide's page, a broken guide shows its
 * `file:line` message in the browser and the terminal without stopping the server, and SIGTERM to
 * npm stops every process it started. `npm run build` again after an edit renders only the pages
 * the edit changed.
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
  await expect(async () => {
    await open(page, pageUrl);
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
    await open(page, pageUrl);
    await expect(page.getByText(marker)).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });

  saveGuide(original.replace('difficulty: intermediate', 'difficulty: expert'));
  const message = `${GUIDE}.md:4: difficulty: expected one of`;
  // The page shows the report in Vite's error overlay, which the client draws from the server's error.
  await expect(async () => {
    await open(page, pageUrl);
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

test('a build after one guide changed renders its pages again and keeps the others', async () => {
  test.setTimeout(900_000);
  const site = mkdtempSync(join(tmpdir(), 'interview-incremental-'));
  const guides = join(site, 'guides');
  const dist = join(site, 'dist');
  cpSync(join(root, 'tests/fixtures/valid/links-between-guides'), guides, { recursive: true });
  // A third guide with a TypeScript version, whose download is keyed by its own bytes.
  const typed = join(root, 'tests/fixtures/valid/with-ts-version');
  cpSync(join(typed, 'with-ts-version'), join(guides, 'with-ts-version'), { recursive: true });
  writeFileSync(
    join(guides, 'with-ts-version.md'),
    readFileSync(join(typed, 'with-ts-version.md'), 'utf8')
      .replaceAll('HTTP Caching Basics', 'Typed HTTP Caching')
      .replace(/^(### Question \d+: )/gm, '$1In TypeScript, '),
  );
  const edited = join(guides, 'http-caching.md');
  const other = join(dist, 'guides', 'cdn-caching', 'index.html');
  const page = join(dist, 'guides', 'http-caching', 'index.html');
  const env = { ...process.env, ...ASTRO_ENV, GUIDES_DIR: guides, CACHE_DIR: join(site, 'cache') };
  const build = (status = 0) => {
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], {
      cwd: root,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    expect(run.status, run.stdout + run.stderr).toBe(status);
    return status === 0 ? run.stdout : run.stdout + run.stderr;
  };
  /** A guide's keyed files: its page and question pages, its study cards, its downloads. */
  const keyedFiles = (slug: string) => [
    ...filesUnder(join(dist, 'guides', slug)).filter((f) => f.endsWith('index.html')),
    join(dist, 'study', 'cards', `${slug}.json`),
    ...filesUnder(join(dist, 'examples', slug)),
  ];
  try {
    build();
    const before = readFileSync(other, 'utf8');
    const downloads = filesUnder(join(dist, 'examples'));
    expect(downloads.map((f) => f.slice(dist.length))).toEqual([
      '/examples/with-ts-version/q1-1.ts',
    ]);

    // New words in one guide's answer: its pages are rendered, the other guides' files are kept
    // (linked in place: tests/unit/kept-pages.test.ts). No file of the site it replaces changes.
    const text = readFileSync(edited, 'utf8');
    const words = `Revalidated ${Date.now()}`;
    writeFileSync(edited, text.replace('Validators', words));
    const firstSite = snapshot(dist, join(site, 'first'));
    const second = build();
    expect(firstSite.now()).toEqual(firstSite.then);
    // Its last line says where the time went (`npm run bench` reads it).
    expect(second.trim().split('\n').at(-1)).toMatch(
      /^Took \d+\.\d s: guides \d+\.\d s, then Astro \d+\.\d s\.$/,
    );
    expect(readFileSync(page, 'utf8')).toContain(words);
    expect(readFileSync(other, 'utf8')).toBe(before);
    const copied = [...keyedFiles('cdn-caching'), ...keyedFiles('with-ts-version')];
    for (const file of copied) expect(existsSync(file), file).toBe(true);
    // So are the pages of tags, companies and the other terms: they show no answer.
    const termPages = ['tags', 'categories', 'companies', 'levels', 'frequencies'].flatMap(
      (taxonomy) =>
        filesUnder(join(dist, taxonomy)).filter((f) => f !== join(dist, taxonomy, 'index.html')),
    );
    expect(termPages).toContain(join(dist, 'tags', 'http', 'index.html'));
    expect(kept(second)).toBe(copied.length + termPages.length);

    // A question's new title is on the pages of its terms, though no sidebar changed.
    const question = `Does no-cache mean never stored ${Date.now()}?`;
    writeFileSync(
      edited,
      readFileSync(edited, 'utf8').replace('What does Cache-Control: no-cache mean?', question),
    );
    build();
    expect(readFileSync(join(dist, 'tags', 'http', 'index.html'), 'utf8')).toContain(question);

    // A new title is in every page's sidebar: every page is rendered again with it; only the
    // download, keyed by its own bytes, is kept.
    const title = `HTTP Caching Revised ${Date.now()}`;
    writeFileSync(edited, readFileSync(edited, 'utf8').replaceAll('HTTP Caching Basics', title));
    const secondSite = snapshot(dist, join(site, 'second'));
    const third = build();
    expect(secondSite.now()).toEqual(secondSite.then);
    expect(kept(third)).toBe(downloads.length);
    expect(readFileSync(other, 'utf8')).toContain(title);
    expect(readFileSync(join(dist, 'tags', 'http', 'index.html'), 'utf8')).toContain(title);

    // A guide removed: its pages, cards and download, kept by the last build, are not in this one.
    rmSync(join(guides, 'with-ts-version.md'));
    rmSync(join(guides, 'with-ts-version'), { recursive: true });
    const fourth = build();
    expect(fourth).toContain('pages no longer built removed');
    expect(existsSync(join(dist, 'guides', 'with-ts-version'))).toBe(false);
    expect(existsSync(join(dist, 'examples'))).toBe(false);
    expect(existsSync(join(dist, 'study', 'cards', 'with-ts-version.json'))).toBe(false);
    expect(readFileSync(other, 'utf8')).not.toContain('Typed HTTP Caching');

    // One guide broken: Astro starts beside the first step (one guide to read), is stopped when
    // the step finds the problem, and none of its output shows; the site is left as it was.
    const published = readFileSync(page, 'utf8');
    writeFileSync(
      edited,
      readFileSync(edited, 'utf8').replace(/^difficulty: .*$/m, 'difficulty: impossible'),
    );
    const failed = build(1);
    expect(failed).toMatch(/http-caching\.md:\d+/);
    expect(failed).toContain('dist/ was left as it was');
    expect(failed).not.toContain('[build]');
    expect(readFileSync(page, 'utf8')).toBe(published);
    expect(existsSync(`${dist}.staging`)).toBe(false);
    // The sites each build replaced are deleted after it returned, by a process of its own.
    await expect
      .poll(() => readdirSync(site).filter((name) => name.startsWith('dist.')), { timeout: 60_000 })
      .toEqual([]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** How many pages a build's log says it kept from the last build rather than rendered. */
function kept(log: string): number {
  return log.match(/\((restored|cached)\)/g)?.length ?? 0;
}

/**
 * Hard links to every file of a built site, with their SHA-256 `then`; `now()` hashes the same
 * files again. A build that changed a file of the site it replaces in place changes `now()`.
 */
function snapshot(dir: string, into: string) {
  const files = filesUnder(dir).map((file) => relative(dir, file));
  for (const file of files) {
    mkdirSync(dirname(join(into, file)), { recursive: true });
    linkSync(join(dir, file), join(into, file));
  }
  const hashes = () =>
    Object.fromEntries(
      files.map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(into, file)))
          .digest('hex'),
      ]),
    );
  return { then: hashes(), now: hashes };
}

/**
 * Saves the guide in place, truncated and then written, as `writeFileSync` and some editors do: the
 * loader may read it half-written, and must then read it again (guide-store's writtenMeanwhile).
 */
function saveGuide(text: string): void {
  writeFileSync(guideFile, text);
}

/**
 * Opens the page, one attempt at most 30 s long, for `toPass` to make again. Vite reloads the open
 * page itself when the content changes (Astro's `full-reload` after the store is written, also
 * once just after the first load): a `goto` that meets that reload either fails as interrupted or,
 * when the two navigations merge, waits for a `load` event that never comes, though the page has
 * loaded (seen here under load: no request pending, the page showing the edit, `goto` waiting).
 */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 30_000 });
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
  const state = procStat(pid)?.state;
  return state !== undefined && state !== 'Z';
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
