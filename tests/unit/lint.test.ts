import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../../src/content/diagnostics.ts';
import { loadGuides } from '../../src/content/load-guides.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';

const lintDir = join(fixturesDir, 'lint');
const load = (scenario: string) =>
  loadGuides({ guidesDir: join(lintDir, scenario, 'guides'), root: projectRoot });

describe('content lint across guides', () => {
  for (const scenario of readdirSync(lintDir)
    .filter((s) => s !== 'clean')
    .sort()) {
    it(`${scenario}: reported, each message pinned`, () => {
      const result = load(scenario);
      const all = [
        ...result.diagnostics,
        ...result.warnings.map((w) => ({ ...w, field: `(warning) ${w.field}` })),
      ];
      expect(all.length).toBeGreaterThan(0);
      expect(sortDiagnostics(all).map(formatDiagnostic)).toMatchSnapshot();
    });
  }

  it('warns about a tag outside the vocabulary, suggesting the nearest, without stopping the guide', () => {
    const result = load('tag-outside-vocabulary');
    expect(result.diagnostics).toEqual([]);
    expect(result.guides).toHaveLength(1);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({
      field: 'tags (item 3)',
      hint: 'did you mean "jwt"? Otherwise add the tag to the vocabulary',
    });
  });

  it('flags a company spelled unlike the vocabulary; a company the vocabulary lacks is fine', () => {
    const result = load('company-spelling');
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'expected "PayPal", the way the vocabulary spells this company, received "Paypal"',
    ]);
  });

  it('warns about a company that looks like a typo of a listed one, not about other unlisted ones', () => {
    const result = load('company-typo');
    expect(result.diagnostics).toEqual([]);
    expect(result.guides).toHaveLength(1);
    expect(result.warnings.map((w) => [w.field, w.kind, w.message])).toEqual([
      [
        'companies (item 1)',
        'vocabulary.unknown-company',
        'expected a company listed in tests/fixtures/lint/company-typo/vocabulary.yaml, received "Shopfiy", close to the listed "Shopify"',
      ],
    ]);
  });

  it('without a vocabulary, flags the less common spelling of a company', () => {
    const result = load('company-two-ways');
    expect(result.diagnostics.map((d) => [d.file.split('/').pop(), d.message])).toEqual([
      ['third.md', 'expected "AT&T", the way other guides spell this company, received "AT and T"'],
    ]);
  });

  it('flags a question title used in two guides, however it is cased or punctuated', () => {
    const [problem] = load('duplicate-question-title').diagnostics;
    expect(problem?.file).toBe('tests/fixtures/lint/duplicate-question-title/guides/two.md');
    expect(problem?.message).toContain(
      'also at tests/fixtures/lint/duplicate-question-title/guides/one.md:29',
    );
  });

  it('passes guides that keep to the vocabulary', () => {
    const result = load('clean');
    expect([...result.diagnostics, ...result.warnings]).toEqual([]);
  });

  it("warns about a question's own tag outside the vocabulary, at its **Tags**: line", () => {
    const result = load('question-tag-outside-vocabulary');
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({
      line: 33,
      field: 'Question 1 › Tags (item 2)',
      hint: 'did you mean "caching"? Otherwise add the tag to the vocabulary',
    });
  });
});
