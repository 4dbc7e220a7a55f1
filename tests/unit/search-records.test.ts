import { describe, expect, it } from 'vitest';
import { frequencyRank, searchRecords } from '../../src/site/search-records.ts';
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
      meta: { title: 'How do you cache a personalised page safely?', guide: 'HTTP Caching Basics', level: 'Senior', frequency: 'Occasional', companies: 'Société Générale, AT&T, 株式会社メルカリ' },
      filters: { company: ['Société Générale', 'AT&T', '株式会社メルカリ'], difficulty: ['Senior'], frequency: ['Occasional'], tag: ['http', 'caching'], category: ['Caching'], guide: ['HTTP Caching Basics'] },
      sort: { frequency: '2', updated: '2025-03-14' },
    });
  });

  it('indexes the prose of the answers and follow-ups, not code blocks', () => {
    const { guides } = loadScenario('valid', 'with-twin');
    const [first] = searchRecords(guides);
    expect(first?.content).toContain('A cache may store the response but must revalidate it');
    expect(first?.content).toContain('no-store forbids storing the response at all.');
    expect(first?.content).toContain('How does ETag revalidation work?');
    expect(first?.content).not.toContain('cacheControl');
  });

  it('ranks frequencies so the most asked sort first in descending order', () => {
    expect(['Rare', 'Occasional', 'Common', 'Very Common'].map(frequencyRank)).toEqual([1, 2, 3, 4]);
  });
});
