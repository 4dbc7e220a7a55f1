import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildUnderBase, type BasePathSite } from '../helpers/base-path-site.ts';
import { builtPages, decodeEntities, fileForPath } from '../helpers/dist.ts';
import { PRECACHE_MS, untilOfflineReady } from './offline-ready.ts';

const BASE = '/interview-prep/';
const SITE_URL = 'https://example.org';

// One build for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: 'serial' });

let site: BasePathSite;
let questions: Array<{ url: string; title: string; level: string }>;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  site = await buildUnderBase(BASE, SITE_URL);
  test.info().annotations.push({
    type: 'base-path build',
    description: `${site.buildSeconds.toFixed(1)} s`,
  });
  console.log(`base-path build (2 guides, --base ${BASE}): ${site.buildSeconds.toFixed(1)} s`);
  questions = (
    JSON.parse(readFileSync(join(site.dir, 'study', 'questions.json'), 'utf8')) as {
      questions: typeof questions;
    }
  ).questions;
});

test.afterAll(async () => {
  await site?.close();
});

/** The address of a site path (`/search/`) on the server, under the base. */
const at = (path: string) => `${site.server.url}${path}`;

test('every internal link, asset and form under the base resolves', () => {
  const pages = builtPages(site.dir);
  expect(pages.length).toBeGreaterThan(20);
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    for (const match of html.matchAll(/<[a-z]+\b[^>]*?\s(?:href|src|action)="([^"]*)"/g)) {
      const url = decodeEntities(match[1] as string);
      if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) continue;
      checked++;
      const path = decodeURIComponent(
        new URL(url, `http://site${BASE}${page.path.slice(1)}`).pathname,
      );
      if (!path.startsWith(BASE)) {
        broken.push(`${page.path} → ${url}: outside ${BASE}`);
        continue;
      }
      if (!fileForPath(`/${path.slice(BASE.length)}`, site.dir))
        broken.push(`${page.path} → ${url}: no file at ${path}`);
    }
  }
  test
    .info()
    .annotations.push({ type: 'links', description: `${checked} URLs on ${pages.length} pages` });
  expect(broken).toEqual([]);
});

test('pages name their canonical URL, Open Graph and Twitter meta under the site URL', async ({
  page,
  request,
}) => {
  const question = questions[0] as (typeof questions)[number];
  await page.goto(at(question.url));
  const absolute = `${SITE_URL}${BASE}${question.url.slice(1)}`;
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute);
  await expect(meta('og:url')).toHaveAttribute('content', absolute);
  await expect(meta('og:type')).toHaveAttribute('content', 'article');
  await expect(meta('og:title')).toHaveAttribute('content', question.title);
  await expect(meta('og:site_name')).toHaveAttribute('content', 'Interview Prep');
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary');
  // The description is the question's Quick Answer, as the page shows it.
  const quick = (await page.locator('section[aria-labelledby="quick-answer"]').innerText())
    .replace(/^Quick answer\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const description = (await meta('og:description').getAttribute('content')) ?? '';
  expect(description.length).toBeGreaterThan(20);
  expect(quick).toContain(description.replace(/…$/, '').slice(0, 60));
  await expect(meta('twitter:description')).toHaveAttribute('content', description);

  await page.goto(at('/'));
  await expect(meta('og:type')).toHaveAttribute('content', 'website');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}${BASE}`);

  const sitemap = await (await request.get(at('/sitemap-0.xml'))).text();
  expect(sitemap).toContain(`<loc>${absolute}</loc>`);
  expect(sitemap).not.toContain('404');
  const manifest = (await (await request.get(at('/manifest.webmanifest'))).json()) as {
    start_url: string;
    scope: string;
    icons: Array<{ src: string }>;
  };
  expect([manifest.start_url, manifest.scope]).toEqual([BASE, BASE]);
  for (const icon of manifest.icons)
    expect((await request.get(`${new URL(site.server.url).origin}${icon.src}`)).status()).toBe(200);
});

test('an unknown address under the base shows the 404 page with working links', async ({
  page,
}) => {
  const response = await page.goto(at('/no/such/page/'));
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Browse questions by company' }).click();
  await expect(page).toHaveURL(at('/companies/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
});

test('search finds a question and opens it under the base', async ({ page }) => {
  const question = questions[questions.length - 1] as (typeof questions)[number];
  const word = question.title.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';
  await page.goto(at(`/search/?q=${encodeURIComponent(word)}`));
  await expect(page.locator('[data-status]')).toContainText('result');
  const result = page.locator(`.results a[href^="${BASE}${question.url.slice(1)}"]`);
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: question.title })).toBeVisible();
});

test('practice drills the questions a search finds, under the base', async ({ page }) => {
  // A query makes practice run the Pagefind search and match its results to the question list.
  const question = questions[0] as (typeof questions)[number];
  const word = question.title.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';
  await page.goto(at(`/practice/?q=${encodeURIComponent(word)}`));
  await expect(page.locator('[data-summary]')).toContainText(/^[1-9]\d* questions? match/);
  // The session starts at once: the first card's question is shown, and Space reveals its answer.
  await expect(page.locator('[data-title]')).not.toBeEmpty();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-quick]')).toBeVisible();
  await expect(page.locator('[data-quick]')).not.toBeEmpty();
});

test('the service worker controls the base path and serves it with the network cut', async ({
  page,
  context,
}) => {
  test.setTimeout(PRECACHE_MS + 60_000);
  const scope = await untilOfflineReady(page, at('/'));
  expect(scope).toBe(`${site.server.url}/`);

  await context.setOffline(true);
  const question = questions[1] as (typeof questions)[number];
  await page.goto(at(question.url));
  await expect(page.getByRole('heading', { level: 1, name: question.title })).toBeVisible();
  const word = question.title.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';
  await page.goto(at(`/search/?q=${encodeURIComponent(word)}`));
  await expect(page.locator(`.results a[href^="${BASE}${question.url.slice(1)}"]`)).toBeVisible();
  // An address the site does not have gets its 404 page from the worker.
  await page.goto(at('/offline/unknown/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await context.setOffline(false);
});
