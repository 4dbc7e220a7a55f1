import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { chromium, type Page, type Response } from '@playwright/test';
import { siteConfig } from '../src/config/site.ts';
import { loadGuides } from '../src/content/load-guides.ts';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

/**
 * `npm run bench:speed`: what a reader's browser loads from the built site (dist/):
 * first-load JavaScript of a guide page, the transfer of a first search, and how long results take
 * to render once the index chunks are in. Reports figures; it is a benchmark, not a test.
 */
const server = await startStaticServer(resolve('dist'));
const browser = await chromium.launch(chromiumLaunchOptions);
const { guides } = loadGuides(siteConfig);
const guide = [...guides].sort((a, b) => b.questions.length - a.questions.length)[0];
if (!guide) throw new Error('no guides to measure');
const word =
  guide.questions[0]?.meta.title.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? 'cache';

interface Transfer {
  url: string;
  bytes: number;
  gzipBytes: number;
  type: string;
}

/** Bytes as they would cross the wire with gzip (already-compressed Pagefind files count as they are). */
async function record(page: Page, into: Transfer[]): Promise<void> {
  page.on('response', (response: Response) => {
    void response.body().then(
      (body) => {
        const url = new URL(response.url());
        const type = response.request().resourceType();
        const precompressed = /\.(pf_\w+|pagefind|png|woff2)$/.test(url.pathname);
        into.push({
          url: url.pathname,
          type,
          bytes: body.length,
          gzipBytes: precompressed ? body.length : gzipSync(body, { level: 9 }).length,
        });
      },
      () => undefined,
    );
  });
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
const sum = (list: readonly Transfer[], pick: (t: Transfer) => boolean) =>
  list.filter(pick).reduce((n, t) => n + t.gzipBytes, 0);

// 1. A reading page, first visit.
const reading = await browser.newContext({ serviceWorkers: 'block' });
const readingPage = await reading.newPage();
const readingTransfers: Transfer[] = [];
await record(readingPage, readingTransfers);
await readingPage.goto(`${server.url}/guides/${guide.slug}/`, { waitUntil: 'networkidle' });
await readingPage.waitForTimeout(300);
const guideHtml = readingTransfers.find((t) => t.type === 'document');
await reading.close();

// 2. A first search: everything the browser fetches for /search/?q=word until results show.
const searching = await browser.newContext({ serviceWorkers: 'block' });
const searchPage = await searching.newPage();
const searchTransfers: Transfer[] = [];
await record(searchPage, searchTransfers);
await searchPage.goto(`${server.url}/search/?q=${encodeURIComponent(word)}`);
await searchPage.waitForFunction(() =>
  /result/.test(document.querySelector('[data-status]')?.textContent ?? ''),
);
await searchPage.waitForLoadState('networkidle');

// 3. Render time with the index chunks in: repeat searches and read the page's own measure.
const renders: number[] = [];
for (let i = 0; i < 7; i++) {
  const ms = await searchPage.evaluate(
    async (query) => {
      performance.clearMeasures('search-render');
      const input = document.querySelector<HTMLInputElement>('#search-q');
      if (!input) return Number.NaN;
      input.value = query;
      input.form?.requestSubmit();
      for (
        let tries = 0;
        tries < 200 && performance.getEntriesByName('search-render').length === 0;
        tries++
      )
        await new Promise((r) => setTimeout(r, 10));
      return performance.getEntriesByName('search-render')[0]?.duration ?? Number.NaN;
    },
    i % 2 === 0 ? word : `${word} `,
  );
  renders.push(ms);
}
await searching.close();
await browser.close();
await server.close();

renders.sort((a, b) => a - b);
const figures = {
  guide: guide.slug,
  guideHtmlKBgz: kb(guideHtml?.gzipBytes ?? 0),
  readingPageJsKBgz: kb(sum(readingTransfers, (t) => t.type === 'script')),
  readingPageCssKBgz: kb(sum(readingTransfers, (t) => t.type === 'stylesheet')),
  firstSearchQuery: word,
  firstSearchTransferKB: kb(sum(searchTransfers, () => true)),
  firstSearchPagefindKB: kb(sum(searchTransfers, (t) => t.url.startsWith('/pagefind/'))),
  renderMsMedian: Math.round((renders[Math.floor(renders.length / 2)] ?? Number.NaN) * 10) / 10,
  renderMsMax: Math.round((renders.at(-1) ?? Number.NaN) * 10) / 10,
};
console.log(JSON.stringify(figures));
