import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cacheControl, fileClass, IMMUTABLE, REVALIDATE } from '../../src/deploy/cache-policy.ts';
import { headersFile } from '../../src/deploy/headers-file.ts';
import { pageMeta, shortDescription } from '../../src/site/page-meta.ts';
import { headersForPath, parseHeadersFile } from '../helpers/headers-file.ts';

const root = resolve(import.meta.dirname, '../..');

describe('cache policy', () => {
  it('keeps hashed files a year and revalidates the rest', () => {
    expect(cacheControl('/_astro/Base.1a2b3c.css')).toBe(IMMUTABLE);
    expect(cacheControl('/pagefind/fragment/en_1a2b3c.pf_fragment')).toBe(IMMUTABLE);
    for (const path of ['/sw.js', '/manifest.webmanifest', '/index.html', '/pagefind/pagefind.js'])
      expect(cacheControl(path)).toBe(REVALIDATE);
    expect(fileClass('/guides/x/')).toBe('page');
  });
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
  // What a built site holds, one file of each class, and the Cache-Control rules must give it:
  // pages and data keep the hosts' default (max-age=0, must-revalidate), so no rule stacks on it.
  const files: Array<[string, string[]]> = [
    ['/index.html', []],
    ['/guides/x/index.html', []],
    ['/404.html', []],
    ['/study/questions.json', []],
    ['/pagefind/pagefind.js', []],
    ['/sw.js', [REVALIDATE]],
    ['/manifest.webmanifest', [REVALIDATE]],
    ['/_astro/Base.1a2b3c.css', [IMMUTABLE]],
    ['/pagefind/index/en_1a2b3c.pf_index', [IMMUTABLE]],
  ];
  for (const base of ['/', '/interview-prep/']) {
    it(`gives each file under ${base} at most one Cache-Control, from the policy`, () => {
      const rules = parseHeadersFile(headersFile(base));
      for (const [file, expected] of files) {
        const headers = headersForPath(rules, `${base}${file.slice(1)}`);
        const cache = headers.filter(([name]) => name === 'Cache-Control').map(([, v]) => v);
        expect(cache, file).toEqual(expected);
        expect(headers, file).toContainEqual(['X-Content-Type-Options', 'nosniff']);
      }
      expect(headersForPath(rules, `${base}sw.js`)).toContainEqual([
        'Service-Worker-Allowed',
        base,
      ]);
    });
  }

  it('refuses a header line outside a rule, naming the line', () => {
    expect(() => parseHeadersFile('  Cache-Control: no-cache\n')).toThrow(/^_headers:1: expected/);
  });
});

describe('GitHub Pages workflow', () => {
  const workflow = parse(readFileSync(resolve(root, '.github/workflows/deploy.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<
      string,
      { steps: Array<{ uses?: string; run?: string; id?: string; with?: Record<string, unknown> }> }
    >;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));

  it('uses only the official actions, pinned to a major version', () => {
    for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
    expect(uses.map((u) => u.split('@')[0])).toEqual(
      expect.arrayContaining([
        'actions/configure-pages',
        'actions/upload-pages-artifact',
        'actions/deploy-pages',
      ]),
    );
  });

  it('may deploy to Pages and builds under the base path Pages reports', () => {
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const pagesId = steps.find((s) => s.uses?.startsWith('actions/configure-pages'))?.id;
    const build = steps.find((s) => s.run?.includes('npm run build'))?.run ?? '';
    expect(build).toContain(`--base "\${{ steps.${pagesId}.outputs.base_path }}/"`);
    expect(build).toContain(`--site "\${{ steps.${pagesId}.outputs.origin }}"`);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({
      path: 'dist',
    });
  });
});

describe('page meta (canonical, Open Graph, Twitter)', () => {
  const input = {
    title: 'What does no-cache mean?',
    description: 'It means revalidate before use.',
    siteName: 'Interview Prep',
    type: 'article' as const,
    path: '/guides/http/1-what/',
    base: '/prep/',
    canonical: true,
  };

  it('writes absolute URLs only when the site URL is known', () => {
    const withSite = pageMeta({ ...input, siteUrl: 'https://example.org' });
    expect(withSite.canonicalUrl).toBe('https://example.org/prep/guides/http/1-what/');
    expect(withSite.tags).toContainEqual({
      key: 'property',
      value: 'og:url',
      content: withSite.canonicalUrl,
    });
    const without = pageMeta({ ...input, siteUrl: undefined });
    expect(without.canonicalUrl).toBeUndefined();
    expect(without.tags.some((t) => /^https?:/.test(t.content))).toBe(false);
    expect(without.tags).toContainEqual({
      key: 'property',
      value: 'og:title',
      content: input.title,
    });
    expect(
      pageMeta({ ...input, siteUrl: 'https://example.org', canonical: false }).canonicalUrl,
    ).toBeUndefined();
  });

  it('cuts a long description at a word', () => {
    const long = `${'word '.repeat(60)}end`;
    const short = shortDescription(long, 50);
    expect(short.length).toBeLessThanOrEqual(50);
    expect(short).toMatch(/word…$/);
    expect(shortDescription('  two\n lines ')).toBe('two lines');
  });
});
