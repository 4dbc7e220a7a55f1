import { describe, expect, it } from 'vitest';
import { parseDeployAddress } from '../../src/config/deploy-address.ts';
import { htmlWithBase, withBase, withoutBase } from '../../src/site/base-path.ts';

describe('deploy address (--base, --site)', () => {
  it('defaults to the root and no public URL', () => {
    expect(parseDeployAddress({})).toEqual({ base: '/' });
    expect(parseDeployAddress({ base: '', siteUrl: '' })).toEqual({ base: '/' });
  });

  it('normalises the base to leading and trailing slashes', () => {
    for (const raw of [
      'interview-prep',
      '/interview-prep',
      'interview-prep/',
      '//interview-prep//',
    ])
      expect(parseDeployAddress({ base: raw }).base).toBe('/interview-prep/');
    expect(parseDeployAddress({ base: '/a/b.c/' }).base).toBe('/a/b.c/');
  });

  it('keeps the origin of the site URL', () => {
    expect(parseDeployAddress({ siteUrl: 'https://example.org/' }).siteUrl).toBe(
      'https://example.org',
    );
  });

  it('refuses a bad base or site in one line naming the setting', () => {
    expect(() => parseDeployAddress({ base: '/a b/' })).toThrow(
      /^base \(--base or SITE_BASE\): expected a path of plain segments .*, received "\/a b\/"$/,
    );
    expect(() => parseDeployAddress({ base: '/../x/' })).toThrow(/no "\." or "\.\." segments/);
    expect(() => parseDeployAddress({ siteUrl: 'example.org' })).toThrow(
      /^site \(--site or SITE_URL\): expected an absolute http\(s\) URL/,
    );
    expect(() => parseDeployAddress({ siteUrl: 'ftp://example.org' })).toThrow(/http\(s\)/);
    expect(() => parseDeployAddress({ siteUrl: 'https://example.org/prep' })).toThrow(
      /with any path given as --base/,
    );
  });
});

describe('base path', () => {
  it('prefixes site paths and strips them again', () => {
    expect(withBase('/', '/search/')).toBe('/search/');
    expect(withBase('/prep/', '/search/?q=a')).toBe('/prep/search/?q=a');
    expect(withBase('/prep/', '/')).toBe('/prep/');
    expect(withBase('/prep/', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(withBase('/prep/', 'https://example.org/')).toBe('https://example.org/');
    expect(withBase('/prep/', '#top')).toBe('#top');
    expect(withoutBase('/prep/', '/prep/guides/x/')).toBe('/guides/x/');
    expect(withoutBase('/prep/', '/prep')).toBe('/');
    expect(withoutBase('/', '/guides/x/')).toBe('/guides/x/');
  });

  it('rewrites root-relative URLs in tags only, once', () => {
    const html = [
      '<a href="/guides/x/#q1">x</a><img alt="a > b" src="/icon.png">',
      '<form action="/search/"><link rel="stylesheet" href="/prep/_astro/a.1b.css">',
      '<a href="https://example.org/">e</a><a href="//cdn/x">c</a><a href="#top">t</a>',
      '<p>write href="/login" in text</p><code>&lt;a href="/x"&gt;</code>',
    ].join('');
    expect(htmlWithBase('/prep/', html)).toBe(
      [
        '<a href="/prep/guides/x/#q1">x</a><img alt="a > b" src="/prep/icon.png">',
        '<form action="/prep/search/"><link rel="stylesheet" href="/prep/_astro/a.1b.css">',
        '<a href="https://example.org/">e</a><a href="//cdn/x">c</a><a href="#top">t</a>',
        '<p>write href="/login" in text</p><code>&lt;a href="/x"&gt;</code>',
      ].join(''),
    );
    expect(htmlWithBase('/', html)).toBe(html);
  });
});
