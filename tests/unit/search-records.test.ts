import { describe, expect, it } from 'vitest';
import {
  frequencyRank,
  recordHtml,
  SEARCH_WEIGHTS,
  searchRecords,
} from '../../src/site/search-records.ts';
import { loadScenario } from '../helpers/fixtures.ts';

describe('searchRecords', () => {
  it('makes one record per question, at its page URL, with its filters, details and sort keys', () => {
    const { guides } = loadScenario('valid', 'unicode-companies');
    const records = searchRecords(guides);
    expect(records.map((r) => r.url)).toEqual([
      '/guides/unicode-companies/1-what-does-cache-control-no-cache-mean/',
      '/guides/unicode-companies/2-how-do-you-cache-a-personalised-page-safely/',
    ]);
    expect(records[1]).toMatchObject({
      language: 'en',
      meta: {
        title: 'How do you cache a personalised page safely?',
        guide: 'HTTP Caching Basics',
        level: 'Senior',
        frequency: 'Occasional',
        companies: 'Société Générale, AT&T, 株式会社メルカリ',
      },
      filters: {
        company: ['Société Générale', 'AT&T', '株式会社メルカリ'],
        difficulty: ['Senior'],
        frequency: ['Occasional'],
        tag: ['http', 'caching'],
        category: ['Caching'],
        guide: ['HTTP Caching Basics'],
      },
      sort: { frequency: '2', level: '3', updated: '2025-03-14' },
    });
  });

  it('indexes the prose of the answers and follow-ups, not code blocks', () => {
    const { guides } = loadScenario('valid', 'with-ts-version');
    const [first] = searchRecords(guides);
    const text = `${first?.title}\n${first?.summary}\n${first?.body}`;
    expect(text).toContain('A cache may store the response but must revalidate it');
    expect(text).toContain('no-store forbids storing the response at all.');
    expect(text).toContain('How does ETag revalidation work?');
    expect(text).not.toContain('cacheControl');
  });

  it('weighs the title and quick answer above the rest, and keeps filter values out of the indexed words', () => {
    const { guides } = loadScenario('valid', 'unicode-companies');
    const html = recordHtml(searchRecords(guides)[1] as Parameters<typeof recordHtml>[0]);
    expect(html).toContain(
      `<h1 data-pagefind-weight="${SEARCH_WEIGHTS.title}">How do you cache a personalised page safely?</h1>`,
    );
    expect(html).toMatch(
      new RegExp(`<p data-pagefind-weight="${SEARCH_WEIGHTS.summary}">[^<]+</p>`),
    );
    expect(html).toContain(
      '<span data-pagefind-filter="company[data-value]" data-value="AT&amp;T"></span>',
    );
    expect(html).toContain('<span data-pagefind-sort="level[data-value]" data-value="3"></span>');
    expect(SEARCH_WEIGHTS.title).toBeGreaterThan(SEARCH_WEIGHTS.summary);
  });

  it('ranks frequencies so the most asked sort first in descending order', () => {
    expect(['Rare', 'Occasional', 'Common', 'Very Common'].map(frequencyRank)).toEqual([
      1, 2, 3, 4,
    ]);
  });
});
