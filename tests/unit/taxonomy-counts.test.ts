import { describe, expect, it } from 'vitest';
import { crossCounts, describeLevels } from '../../src/site/cross-counts.ts';
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
      { label: 'Google', slug: 'google', count: 3, levels: [{ level: 'Junior', count: 1 }, { level: 'Senior', count: 2 }] },
      { label: 'Uber', slug: 'uber', count: 1, levels: [{ level: 'Senior', count: 1 }] },
    ]);
  });

  it("lists a company's topics, most first, ties by name", () => {
    expect(counts.tagsByCompany.get('uber')?.map((r) => [r.label, r.count])).toEqual([['caching', 2], ['redis', 1]]);
    expect(counts.tagsByCompany.get('google')?.map((r) => [r.label, r.count])).toEqual([['redis', 3], ['caching', 1]]);
  });

  it('says the levels in words', () => {
    expect(describeLevels([{ level: 'Senior', count: 2 }, { level: 'Staff', count: 1 }])).toBe('2 Senior, 1 Staff');
  });
});
