import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/content/describe.ts';
import { resolveLink } from '../../src/content/links.ts';
import { shortSlug, slugify } from '../../src/content/slug.ts';

describe('slugify', () => {
  it.each([
    ['Société Générale', 'societe-generale'],
    ['AT&T', 'at-and-t'],
    ['C++', 'c-plus-plus'],
    ["O'Reilly Media", 'o-reilly-media'],
    ['株式会社メルカリ', '株式会社メルカリ'],
    ['Very Common', 'very-common'],
    ['!!!', 'untitled'],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));

  it('cuts long slugs at a word boundary', () => {
    const slug = shortSlug(
      'How do you implement custom middleware for request tracing and distributed logging?',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('how-do-you-implement-custom-middleware-for-request-tracing');
  });
});

describe('nearest', () => {
  it('suggests close spellings only', () => {
    expect(nearest('compnies', ['companies', 'category'])).toBe('companies');
    expect(nearest('Very Common', ['rare', 'very-common'])).toBe('very-common');
    expect(nearest('banana', ['companies', 'category'])).toBeUndefined();
  });
});

describe('resolveLink', () => {
  const files = new Map([
    ['express-js.md', 'express-js'],
    ['streams.mdx', 'streams'],
  ]);
  it('points guide files at guide pages, keeping the fragment', () => {
    expect(resolveLink('./express-js.md', files)).toEqual({
      kind: 'guide',
      href: '/guides/express-js/',
    });
    expect(resolveLink('streams.mdx#backpressure', files)).toEqual({
      kind: 'guide',
      href: '/guides/streams/#backpressure',
    });
    expect(resolveLink('../guides/express-js.md', files)).toEqual({
      kind: 'guide',
      href: '/guides/express-js/',
    });
  });
  it('leaves absolute, fragment and external links alone', () => {
    for (const href of ['https://nodejs.org/', '#question-3', '/companies/', 'mailto:a@b.c'])
      expect(resolveLink(href, files)).toEqual({ kind: 'unchanged' });
  });
  it('reports links to files that are not guides, with a suggestion', () => {
    expect(resolveLink('./express.md', files)).toEqual({
      kind: 'broken',
      path: './express.md',
      suggestion: 'express-js.md',
    });
    expect(resolveLink('./sub/express-js.md', files).kind).toBe('broken');
  });
});
