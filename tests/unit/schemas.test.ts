import { describe, expect, it } from 'vitest';
import { GuideFrontmatterSchema } from '../../src/content/schema/guide-frontmatter.ts';
import { QuestionMetaSchema } from '../../src/content/schema/question-meta.ts';
import { latestToday } from '../../src/content/schema/calendar-date.ts';

const valid = {
  title: 'Streams in Node.js',
  category: 'nodejs-core',
  difficulty: 'advanced',
  estimatedReadTime: 30,
  questionCount: 8,
  tags: ['streams', 'backpressure'],
  companies: ['Société Générale', 'AT&T'],
  frequency: 'very-common',
  lastUpdated: '2025-01-08',
};

describe('GuideFrontmatterSchema', () => {
  it('accepts a complete frontmatter, questionCount optional', () => {
    expect(GuideFrontmatterSchema.parse(valid)).toEqual(valid);
    const { questionCount: _omit, ...withoutCount } = valid;
    expect(GuideFrontmatterSchema.safeParse(withoutCount).success).toBe(true);
  });

  it('accepts an empty company list but not an empty tag list', () => {
    expect(GuideFrontmatterSchema.safeParse({ ...valid, companies: [] }).success).toBe(true);
    expect(GuideFrontmatterSchema.safeParse({ ...valid, tags: [] }).success).toBe(false);
  });

  it('rejects unknown keys, naming them', () => {
    const result = GuideFrontmatterSchema.safeParse({ ...valid, author: 'me' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['author'] });
  });

  it.each([
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-13-01', false],
    ['2025-1-8', false],
  ])('lastUpdated %s valid: %s', (date, ok) => {
    expect(GuideFrontmatterSchema.safeParse({ ...valid, lastUpdated: date }).success).toBe(ok);
  });

  it('accepts today (anywhere on Earth) but not tomorrow', () => {
    const today = latestToday();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(GuideFrontmatterSchema.safeParse({ ...valid, lastUpdated: today }).success).toBe(true);
    expect(GuideFrontmatterSchema.safeParse({ ...valid, lastUpdated: tomorrow }).success).toBe(
      false,
    );
  });

  it('treats company names differing only in case as repeats', () => {
    expect(
      GuideFrontmatterSchema.safeParse({ ...valid, companies: ['Google', 'google'] }).success,
    ).toBe(false);
  });
});

describe('QuestionMetaSchema', () => {
  const meta = {
    number: 19,
    title: 'Why?',
    level: 'Staff',
    category: 'Observability',
    companies: ['Uber'],
    frequency: 'Very Common',
  };
  it('accepts the five levels and four frequencies as written in guides', () => {
    for (const level of ['Junior', 'Mid', 'Senior', 'Staff', 'Principal'])
      expect(QuestionMetaSchema.safeParse({ ...meta, level }).success).toBe(true);
    for (const frequency of ['Rare', 'Occasional', 'Common', 'Very Common'])
      expect(QuestionMetaSchema.safeParse({ ...meta, frequency }).success).toBe(true);
  });
  it('rejects other spellings', () => {
    expect(QuestionMetaSchema.safeParse({ ...meta, level: 'senior' }).success).toBe(false);
    expect(QuestionMetaSchema.safeParse({ ...meta, frequency: 'very-common' }).success).toBe(false);
    expect(QuestionMetaSchema.safeParse({ ...meta, number: 0 }).success).toBe(false);
  });
});
