import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../../src/content/diagnostics.ts';
import { loadGuides } from '../../src/content/load-guides.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';

const lintDir = join(fixturesDir, 'lint');
const load = (scenario: string) => loadGuides({ guidesDir: join(lintDir, scenario, 'guides'), root: projectRoot });

describe('content lint across guides', () => {
  for (const scenario of readdirSync(lintDir).filter((s) => s !== 'clean').sort()) {
    it(`${scenario}: reported, each message pinned`, () => {
      const result = load(scenario);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(sortDiagnostics(result.diagnostics).map(formatDiagnostic)).toMatchSnapshot();
    });
  }

  it('suggests the nearest known tag', () => {
    const [problem] = load('tag-outside-vocabulary').diagnostics;
    expect(problem).toMatchObject({ field: 'tags (item 3)', hint: 'did you mean "jwt"? Otherwise add the tag to the vocabulary' });
  });

  it('flags a company spelled unlike the vocabulary, and one the vocabulary lacks', () => {
    const messages = load('company-spelling').diagnostics.map((d) => d.message);
    expect(messages).toContain('expected "PayPal", the way the vocabulary spells this company, received "Paypal"');
    expect(messages).toContain('expected a company listed in tests/fixtures/lint/company-spelling/vocabulary.yaml, received "Acme Corp"');
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
    expect(problem?.message).toContain('also at tests/fixtures/lint/duplicate-question-title/guides/one.md:29');
  });

  it('passes guides that keep to the vocabulary', () => {
    expect(load('clean').diagnostics).toEqual([]);
  });
});
