import { readdirSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, distDir, fileForPath, read } from '../helpers/dist.ts';

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
    const specifier = m[1] as string;
    // Only files: text such as "import x from 'module'" inside a bundled library's strings is not an import.
    if (/^\.{0,2}\//.test(specifier))
      total += moduleGraph(posix.resolve(dirname(path), specifier), seen);
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

/** Chunks a reader fetches only on first use, with their budgets (gzip, static imports included). */
const ON_USE: Array<[name: string, prefix: string, budget: number]> = [
  ['the example runner (with its type stripper)', 'run-example.', 60 * 1024],
  ['the editor (CodeMirror)', 'editor.', 200 * 1024],
];

for (const [name, prefix, budget] of ON_USE) {
  test(`${name} stays within ${budget / 1024} KB gzip and is not part of a first load`, () => {
    const chunks = readdirSync(`${distDir}/_astro`).filter(
      (file) => file.startsWith(prefix) && file.endsWith('.js'),
    );
    expect(chunks).toHaveLength(1);
    const path = `/_astro/${chunks[0]}`;
    const size = moduleGraph(path, new Set());
    console.log(`${name}: ${(size / 1024).toFixed(1)} KB gzip`);
    test.info().annotations.push({ type: 'budgets', description: `${name} ${size} B gzip` });
    expect(size).toBeLessThanOrEqual(budget);
    const page = builtPages().find(
      (p) => p.path.startsWith('/guides/') && p.path.split('/').length > 4,
    );
    const seen = new Set<string>();
    const html = read(page?.file ?? '');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const src = /\ssrc="([^"]+)"/.exec(m[1] as string)?.[1];
      const imports = src
        ? [src]
        : [...(m[2] as string).matchAll(/import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map(
            (i) => i[1] as string,
          );
      for (const i of imports) moduleGraph(posix.resolve(page?.path ?? '/', i), seen);
    }
    expect(seen.size).toBeGreaterThan(0);
    expect([...seen]).not.toContain(path);
  });
}
