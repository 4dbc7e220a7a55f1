import { describe, expect, it } from 'vitest';
import { crossCounts } from '../../src/site/cross-counts.ts';
import { effectiveTags } from '../../src/site/question-tags.ts';

describe('effectiveTags', () => {
  it("is the question's own tags, or its guide's without a **Tags**: line", () => {
    const guide = { tags: ['caching', 'redis'] };
    expect(effectiveTags({ tags: ['idempotency'] }, guide)).toEqual(['idempotency']);
    expect(effectiveTags({}, guide)).toEqual(['caching', 'redis']);
  });
});

describe('crossCounts', () => {
  const questions = [
    { companies: ['Google', 'Uber'], tags: ['redis', 'caching'], level: 'Senior' },
    { companies: ['Google'], tags: ['redis'], level: 'Junior' },
    { companies: ['Google', 'Google'], tags: ['redis'], level: 'Senior' },
    { companies: ['Uber'], tags: ['caching'], level: 'Staff' },
    { companies: [], tags: ['redis'], level: 'Mid' },
  ];
  const counts = crossCounts(questions);

  it('lists the companies asking about a tag, most questions first, with levels in rubric order', () => {
    expect(counts.companiesByTag.get('redis')).toEqual([
      {
        label: 'Google',
        slug: 'google',
        count: 3,
        levels: [
          { level: 'Junior', count: 1 },
          { level: 'Senior', count: 2 },
        ],
      },
      { label: 'Uber', slug: 'uber', count: 1, levels: [{ level: 'Senior', count: 1 }] },
    ]);
  });

  it("lists a company's topics, most first, ties by name", () => {
    expect(counts.tagsByCompany.get('uber')?.map((r) => [r.label, r.count])).toEqual([
      ['caching', 2],
      ['redis', 1],
    ]);
    expect(counts.tagsByCompany.get('google')?.map((r) => [r.label, r.count])).toEqual([
      ['redis', 3],
      ['caching', 1],
    ]);
  });
});

describe('facetValues', () => {
  it('lists facet values most used first, except levels and frequencies, which keep their scale order', async () => {
    const { facetValues } = await import('../../src/site/facet-values.ts');
    const term = (label: string, n: number) => ({
      label,
      slug: label.toLowerCase(),
      questions: Array.from({ length: n }),
    });
    const terms: Record<string, ReturnType<typeof term>[]> = {
      companies: [term('Adobe', 1), term('Uber', 3), term('Meta', 3)],
      levels: [term('Junior', 1), term('Mid', 5), term('Senior', 2)],
      frequencies: [term('Very Common', 1), term('Common', 4)],
      tags: [term('redis', 2), term('caching', 7)],
      categories: [term('Caching', 1)],
    };
    const guide = (title: string, n: number) => ({
      slug: title.toLowerCase(),
      frontmatter: { title },
      questions: Array.from({ length: n }),
    });
    const site = {
      taxonomy: (key: string) => ({ terms: terms[key] }),
      guides: [guide('Alpha', 2), guide('Beta', 9)],
    } as unknown as Parameters<typeof facetValues>[0];
    const values = facetValues(site);
    const labels = (key: Parameters<typeof values.get>[0]) =>
      values.get(key)?.map((v) => `${v.label} ${v.count}`);
    expect(labels('company')).toEqual(['Meta 3', 'Uber 3', 'Adobe 1']);
    expect(labels('tag')).toEqual(['caching 7', 'redis 2']);
    expect(labels('guide')).toEqual(['Beta 9', 'Alpha 2']);
    expect(labels('difficulty')).toEqual(['Junior 1', 'Mid 5', 'Senior 2']);
    expect(labels('frequency')).toEqual(['Very Common 1', 'Common 4']);
  });
});
