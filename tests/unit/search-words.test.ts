import { describe, expect, it } from 'vitest';
import { dictionary, queryVariants, suggestQuery } from '../../src/client/search/query-words.ts';
import { VocabularySchema } from '../../src/content/schema/vocabulary.ts';

const synonyms = [
  ['jwt', 'json web token'],
  ['kubernetes', 'k8s'],
];

describe('queryVariants', () => {
  it('adds the query with each synonym swapped in, whole words only', () => {
    expect(queryVariants('k8s probes', synonyms)).toEqual(['k8s probes', 'kubernetes probes']);
    expect(queryVariants('Revoke a JSON Web Token', synonyms)).toEqual([
      'Revoke a JSON Web Token',
      'Revoke a jwt',
    ]);
    expect(queryVariants('jwt', synonyms)).toEqual(['jwt', 'json web token']);
    expect(queryVariants('jwtx redis', synonyms)).toEqual(['jwtx redis']);
  });

  it('caps the number of searches one query starts', () => {
    const many = Array.from({ length: 10 }, (_, i) => [`w${i}`, `v${i}`]);
    expect(queryVariants(many.map((g) => g[0]).join(' '), many)).toHaveLength(4);
  });
});

describe('suggestQuery', () => {
  const words = dictionary([
    'How do idempotency keys make POST requests safe to retry?',
    'Is a consumer idempotent?',
    'redis',
    'kubernetes',
  ]);

  it('offers the nearest word of the vocabulary and titles for a misspelt one', () => {
    expect(suggestQuery('idempotnecy', words)).toBe('idempotency');
    expect(suggestQuery('redsi keys', words)).toBe('redis keys');
  });

  it('offers nothing when every word is known or nothing is near', () => {
    expect(suggestQuery('idempotency keys', words)).toBeUndefined();
    expect(suggestQuery('qzxvwkjh', words)).toBeUndefined();
    expect(suggestQuery('fencing', words, ['fencing'])).toBeUndefined();
  });

  it('keeps short words and punctuation as typed', () => {
    expect(suggestQuery('a kubernetse?', words)).toBe('a kubernetes?');
  });
});

describe('dictionary', () => {
  it('lists lower-case words of three letters or more, most used first', () => {
    expect(dictionary(['Redis and Node.js', 'redis streams', 'to be'])).toEqual([
      'redis',
      'and',
      'node.js',
      'streams',
    ]);
  });
});

describe('VocabularySchema synonyms', () => {
  const base = { companies: ['Google'], tags: ['caching'] };

  it('is optional and defaults to none', () => {
    expect(VocabularySchema.parse(base).synonyms).toEqual([]);
  });

  it('accepts lower-case groups of two or more', () => {
    expect(
      VocabularySchema.parse({ ...base, synonyms: [['jwt', 'json web token']] }).synonyms,
    ).toEqual([['jwt', 'json web token']]);
  });

  it('rejects a lone word, capitals and a word in two groups, at the item', () => {
    const issues = (synonyms: unknown) =>
      VocabularySchema.safeParse({ ...base, synonyms }).error?.issues.map((i) => i.path.join('.'));
    expect(issues([['jwt']])).toEqual(['synonyms.0']);
    expect(issues([['JWT', 'token']])).toEqual(['synonyms.0.0']);
    expect(
      issues([
        ['k8s', 'kubernetes'],
        ['kube', 'k8s'],
      ]),
    ).toEqual(['synonyms.1.1']);
  });
});
