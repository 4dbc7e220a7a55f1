import { hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, distDir } from '../helpers/dist.ts';
import { PRECACHE_MS, untilOfflineReady } from './offline-ready.ts';
import { mostCommon, questions, type ExpectedQuestion } from './site-data.ts';

test('after one visit, the site and its search work with the network cut', async ({
  page,
  context,
}) => {
  test.setTimeout(PRECACHE_MS + 90_000);
  // The service worker precaches every page, asset and the search index, then says so.
  await untilOfflineReady(page, '/');
  await context.setOffline(true);
  const target = questions[questions.length - 1] as ExpectedQuestion;

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto(target.path);
  await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();

  const word = target.title.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';
  await page.goto(`/search/?q=${encodeURIComponent(word)}`);
  await expect(page.locator('[data-status]')).toContainText('result');
  await expect(page.locator(`.results a[href^="${target.path}"]`)).toBeVisible();

  const level = mostCommon(questions.map((q) => q.level));
  await page.locator(`input[name="difficulty"][value="${level}"]`).check();
  await expect(page.locator('[data-status]')).toContainText(`difficulty: ${level}`);
  const levels = await page.locator('.result-meta').allTextContents();
  for (const meta of levels) expect(meta).toContain(level);

  await page.goto('/companies/');
  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();

  // Study tools work offline too: marks persist, practice loads its questions.
  await page.goto(target.path);
  await page.locator('study-controls').getByLabel('Known').check();
  await expect(page.locator('study-controls [data-study-status]')).toHaveText('Marked known');
  await page.reload();
  await expect(page.locator('study-controls').getByLabel('Known')).toBeChecked();
  await page.goto(`/practice/?difficulty=${target.level}`);
  await expect(page.locator('[data-summary]')).toContainText('match');
  // The session starts at once; its answers come from the precached /study/cards/ records.
  await expect(page.locator('[data-position]')).toHaveText(/^Question 1 of/);
  await page.keyboard.press('Space');
  await expect(page.locator('[data-quick]')).toBeVisible();
  await context.setOffline(false);
});

test('the site is installable: a web app manifest with icons', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: Array<{ src: string; sizes: string }>;
  };
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});

test('the service worker lists every page and data file once, with the hash of the file as built', () => {
  // Workbox injects the list as JSON objects into sw.js: {"revision":"…","url":"…"}.
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const entries = [...worker.matchAll(/\{"revision":(?:"([^"]*)"|null),"url":"([^"]+)"\}/g)].map(
    (m) => ({ url: m[2] ?? '', revision: m[1] }),
  );
  const listed = new Map(entries.map((entry) => [entry.url, entry.revision]));
  // A URL listed twice with two revisions stops the worker from installing.
  expect(entries.length).toBe(listed.size);
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|json|pf_fragment)$/.test(entry.name))
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
  expect(files.filter((url) => url.endsWith('.html')).length).toBe(builtPages().length);
  for (const url of files)
    expect(listed.get(url), url).toBe(
      hash('sha256', readFileSync(join(distDir, url))).slice(0, 32),
    );
  // Scripts, styles, the search index and the web manifest are listed too.
  for (const kind of [/^_astro\/.*\.js$/, /^_astro\/.*\.css$/, /^pagefind\/pagefind\.js$/])
    expect(
      [...listed.keys()].some((url) => kind.test(url)),
      String(kind),
    ).toBe(true);
  expect(listed.has('manifest.webmanifest')).toBe(true);
});
