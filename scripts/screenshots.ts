import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

/**
 * `npm run screenshots`: PNGs of every page kind at 390 and 1280 px wide, light and dark, from the
 * built site (dist/), into one folder (default screenshots/). A review aid, not a test.
 */
const { values } = parseArgs({
  options: { out: { type: 'string', default: 'screenshots' }, only: { type: 'string' } },
});
const dist = resolve('dist');
const out = resolve(values.out);
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run "npm run build" first.');
  process.exit(1);
}

const firstDir = (dir: string) =>
  readdirSync(resolve(dist, dir), { withFileTypes: true }).find((e) => e.isDirectory())?.name ?? '';
const guide = firstDir('guides');
const question = firstDir(`guides/${guide}`);
const company = firstDir('companies');

/** Mock pictures start from no stored round (the context keeps localStorage between pictures). */
async function freshMock(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.removeItem('interview-prep.mock'));
  await page.reload({ waitUntil: 'networkidle' });
}

/** Each page kind, with what to do before the picture (a phone-sized view is taken as the viewport only). */
const pages: Array<{
  name: string;
  path: string;
  prepare?: (page: Page) => Promise<void>;
  full?: boolean;
}> = [
  { name: 'home', path: '/', full: true },
  { name: 'guide', path: `/guides/${guide}/` },
  {
    name: 'guide-scrolled',
    path: `/guides/${guide}/`,
    prepare: (page) => page.evaluate(() => window.scrollTo(0, 5000)),
  },
  { name: 'question', path: `/guides/${guide}/${question}/` },
  { name: 'question-code', path: `/guides/${guide}/${question}/#code-example` },
  {
    name: 'question-end',
    path: `/guides/${guide}/${question}/`,
    prepare: (page) => page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)),
  },
  { name: 'companies', path: '/companies/', full: true },
  { name: 'company', path: `/companies/${company}/`, full: true },
  { name: 'levels', path: '/levels/', full: true },
  {
    name: 'search',
    path: '/search/?company=Google',
    prepare: (page) => page.locator('.result').first().waitFor(),
  },
  {
    name: 'search-query',
    path: '/search/?q=redis',
    prepare: (page) => page.locator('.result').first().waitFor(),
  },
  {
    name: 'search-filters',
    path: '/search/?company=Google',
    prepare: async (page) => {
      await page.locator('.result').first().waitFor();
      const toggle = page.locator('[data-filters-toggle]');
      if (await toggle.isVisible()) await toggle.click();
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'practice',
    path: '/practice/',
    prepare: (page) => page.locator('[data-position]:not(:empty)').waitFor(),
  },
  {
    name: 'practice-revealed',
    path: '/practice/',
    prepare: async (page) => {
      await page.locator('[data-position]:not(:empty)').waitFor();
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      await page.locator('[data-detail]').waitFor();
      await page.waitForTimeout(600);
    },
  },
  {
    name: 'progress',
    path: '/progress/',
    full: true,
    prepare: (page) => page.locator('[data-forecast] tr').first().waitFor(),
  },
  {
    name: 'menu-open',
    path: `/guides/${guide}/${question}/`,
    prepare: async (page) => {
      const button = page.locator('.menu-button');
      if (await button.isVisible()) await button.click();
      await page.waitForTimeout(300);
    },
  },
  { name: 'mock', path: '/mock/', full: true, prepare: freshMock },
  {
    name: 'mock-round',
    path: '/mock/?seed=3',
    prepare: async (page) => {
      await freshMock(page);
      await page.locator('[data-preset]').first().click();
      await page.getByLabel(/Your answer/).fill('Start from the trade-off, then give numbers.');
      await page.locator('[data-reveal]').click();
      await page.locator('[data-reveal-part]').waitFor();
    },
  },
  {
    name: 'mock-predict',
    path: '/mock/?seed=5',
    full: true,
    prepare: async (page) => {
      await freshMock(page);
      await page.locator('[data-predict-start]').click();
      const first = page.locator('.predict-lines li').first().locator('input, select');
      await first.waitFor();
      if ((await first.evaluate((el) => el.tagName)) === 'SELECT')
        await first.selectOption({ index: 1 });
      else await first.fill('a guess');
      await page.locator('.predict-form [type="submit"]').click();
      await page.locator('.predict-results').waitFor();
    },
  },
  { name: '404', path: '/no/such/page/', full: true },
  {
    name: 'question-print',
    path: `/guides/${guide}/${question}/`,
    full: true,
    prepare: (page) => page.emulateMedia({ media: 'print' }),
  },
];

// A full run replaces the folder; `--only <name>` retakes some pictures and keeps the rest.
if (!values.only) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await startStaticServer(dist);
const browser = await chromium.launch(chromiumLaunchOptions);
let count = 0;
try {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width, height: width === 390 ? 844 : 800 },
        colorScheme: scheme,
        hasTouch: width === 390,
        isMobile: width === 390,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      for (const entry of pages.filter((p) => !values.only || p.name.includes(values.only))) {
        await page.emulateMedia({ media: 'screen' });
        await page.goto(server.url + entry.path, { waitUntil: 'networkidle' });
        await entry.prepare?.(page);
        await page.waitForTimeout(150);
        const file = resolve(out, `${entry.name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: entry.full === true && width === 1280 });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Wrote ${count} screenshots to ${values.out}/`);
