import { describe, expect, it } from 'vitest';
import { loadScenario } from '../helpers/fixtures.ts';

describe('parseQuestions via loadGuides', () => {
  it('keeps question numbers as written, starting anywhere', () => {
    const [guide] = loadScenario('valid', 'numbering-from-19').guides;
    expect(guide?.questions.map((q) => q.meta.number)).toEqual([19, 27]);
  });

  it('reads the metadata lines of each question', () => {
    const [guide] = loadScenario('valid', 'unicode-companies').guides;
    const second = guide?.questions[1];
    expect(second?.meta).toEqual({
      number: 2,
      title: 'How do you cache a personalised page safely?',
      level: 'Senior',
      category: 'Caching',
      companies: ['Société Générale', 'AT&T', '株式会社メルカリ'],
      frequency: 'Occasional',
    });
  });

  it('accepts metadata on plain new lines as well as hard breaks', () => {
    const [guide] = loadScenario('valid', 'soft-line-metadata').guides;
    expect(guide?.questions[0]?.meta).toMatchObject({
      level: 'Junior',
      category: 'HTTP',
      companies: ['Shopify'],
      frequency: 'Common',
    });
  });

  it("reads a question's own tags; a question without the line has none of its own", () => {
    const [guide] = loadScenario('valid', 'question-tags').guides;
    expect(guide?.questions.map((q) => q.meta.tags)).toEqual([['caching', 'http'], undefined]);
  });

  it('splits a question into its labelled parts', () => {
    const [guide] = loadScenario('valid', 'sql-and-shell-only').guides;
    const question = guide?.questions[1];
    expect(question?.quickAnswer[0]?.type).toBe('paragraph');
    expect(question?.detailedAnswer.length).toBe(1);
    expect(
      question?.codeExample
        ?.filter((n) => n.type === 'code')
        .map((n) => (n.type === 'code' ? n.lang : '')),
    ).toEqual(['sql', 'bash']);
    expect(question?.followUps.length).toBe(1);
  });

  it('reads a guide saved with a byte-order mark and CRLF line endings', () => {
    const result = loadScenario('valid', 'crlf-and-bom');
    expect(result.guides[0]?.questions.length).toBe(2);
    expect(result.guides[0]?.frontmatter.title).toBe('HTTP Caching Basics');
  });

  it('finds the Quick Read and the sections around the questions', () => {
    const [guide] = loadScenario('valid', 'tables').guides;
    expect(guide?.quickRead?.nodes.some((n) => n.type === 'heading')).toBe(true);
    expect(guide?.sections.map((s) => s.blocks.map((b) => b.kind))).toEqual([
      ['question', 'question'],
    ]);
  });
});
