import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { cacheControl, fileClass, IMMUTABLE } from '../../src/deploy/cache-policy.ts';
import { builtPages, distDir } from '../helpers/dist.ts';
import { headersForPath, parseHeadersFile, ruleMatches } from '../helpers/headers-file.ts';

function builtFiles(dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory()
      ? builtFiles(full)
      : [`/${relative(distDir, full).split('\\').join('/')}`];
  });
}

test('_headers gives every built file at most one Cache-Control, matching the cache policy', () => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const files = builtFiles();
  const wrong: string[] = [];
  for (const file of files) {
    const cache = headersForPath(rules, file)
      .filter(([name]) => name === 'Cache-Control')
      .map(([, value]) => value);
    // Files no rule names keep the hosts' default, max-age=0, must-revalidate.
    const served = cache.length === 0 ? 'no-cache' : cache.join(', ');
    if (cache.length > 1 || served !== cacheControl(file)) wrong.push(`${file}: ${served}`);
  }
  expect(wrong).toEqual([]);
  expect(files.filter((file) => fileClass(file) === 'hashed').length).toBeGreaterThan(10);
  // Every rule names files the build really writes.
  for (const rule of rules)
    expect(
      files.some((file) => ruleMatches(rule.pattern, file)),
      rule.pattern,
    ).toBe(true);
  expect(files.some((file) => headersForPath(rules, file).some(([, v]) => v === IMMUTABLE))).toBe(
    true,
  );
});

test('without a site URL the build invents no absolute URLs: no canonical, og:url or sitemap', () => {
  expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(false);
  const invented: string[] = [];
  for (const page of builtPages()) {
    const head = /<head>[\s\S]*?<\/head>/.exec(readFileSync(page.file, 'utf8'))?.[0] ?? '';
    if (/rel="canonical"|property="og:(url|image)"|content="https?:/.test(head))
      invented.push(page.path);
    if (!head.includes('property="og:title"')) invented.push(`${page.path}: no og:title`);
  }
  expect(invented).toEqual([]);
});
