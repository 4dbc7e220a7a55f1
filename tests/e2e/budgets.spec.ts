import { dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, fileForPath, read } from '../helpers/dist.ts';

/** Budgets for what a reader's first visit to a reading page loads, gzip-compressed. */
const JS_BUDGET = 15 * 1024;
const CSS_BUDGET = 25 * 1024;
const gz = (text: string) => gzipSync(text).length;

/** A module's size plus everything it imports statically (dynamic imports load later). */
function moduleGraph(path: string, seen: Set<string>): number {
  if (seen.has(path)) return 0;
  seen.add(path);
  const file = fileForPath(path);
  if (!file) throw new Error(`script ${path} is missing from dist/`);
  const code = read(file);
  let total = gz(code);
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    total += moduleGraph(posix.resolve(dirname(path), m[1] as string), seen);
  }
  return total;
}

function firstLoad(html: string, pagePath: string): { js: number; css: number } {
  const seen = new Set<string>();
  let js = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1] as string)?.[1];
    js += src ? moduleGraph(posix.resolve(pagePath, src), seen) : gz(m[2] as string);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    js += moduleGraph(posix.resolve(pagePath, m[1] as string), seen);
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))
    css += gz(read(fileForPath(posix.resolve(pagePath, m[1] as string)) ?? ''));
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(m[1] as string);
  return { js, css };
}

test('reading pages stay within 15 KB of JavaScript and 25 KB of CSS at first load (gzip)', () => {
  const reading = builtPages().filter((p) => p.path === '/' || p.path.startsWith('/guides/'));
  expect(reading.length).toBeGreaterThan(0);
  const over: string[] = [];
  const guideHtml: string[] = [];
  let maxJs = 0;
  let maxCss = 0;
  for (const page of reading) {
    const html = read(page.file);
    const { js, css } = firstLoad(html, page.path);
    maxJs = Math.max(maxJs, js);
    maxCss = Math.max(maxCss, css);
    if (js > JS_BUDGET)
      over.push(`${page.path}: ${(js / 1024).toFixed(1)} KB of JavaScript (budget 15 KB)`);
    if (css > CSS_BUDGET)
      over.push(`${page.path}: ${(css / 1024).toFixed(1)} KB of CSS (budget 25 KB)`);
    if (/^\/guides\/[^/]+\/$/.test(page.path))
      guideHtml.push(`${page.path} ${(gz(html) / 1024).toFixed(1)} KB`);
  }
  const report = `largest first-load JS ${(maxJs / 1024).toFixed(1)} KB, CSS ${(maxCss / 1024).toFixed(1)} KB; guide page HTML (gzip): ${guideHtml.join(', ')}`;
  test.info().annotations.push({ type: 'budgets', description: report });
  console.log(report);
  expect(over).toEqual([]);
});
