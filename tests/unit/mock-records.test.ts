import { describe, expect, it } from 'vitest';
import { interviewRound, predictRound } from '../../src/mock/new-round.ts';
import type { MockQuestion, PredictExample } from '../../src/mock/records.ts';
import { keyPoints } from '../../src/study/key-points.ts';
import {
  MockStoreSchema,
  finishRound,
  readMockStore,
  type Round,
} from '../../src/mock/round-schema.ts';

describe('key points of a detailed answer', () => {
  it('lists the top-level list items as plain text, code left out of nothing but markup', () => {
    const html =
      '<p>Intro paragraph.</p><ul><li><strong>Bounded</strong> queues: <code>maxsize</code> caps memory.</li><li>Back-pressure\n  propagates.</li></ul><pre><code>x()</code></pre>';
    expect(keyPoints(html)).toEqual([
      'Bounded queues: maxsize caps memory.',
      'Back-pressure propagates.',
    ]);
  });

  it('falls back to the first sentence of each paragraph, at most six', () => {
    const paragraphs = Array.from(
      { length: 8 },
      (_, i) => `<p>Point ${i}. More detail here.</p>`,
    ).join('');
    expect(keyPoints(paragraphs)).toEqual([
      'Point 0.',
      'Point 1.',
      'Point 2.',
      'Point 3.',
      'Point 4.',
      'Point 5.',
    ]);
    expect(keyPoints('<pre><code>only code</code></pre>')).toEqual([]);
  });
});

describe('stored rounds', () => {
  const round: Round = {
    id: '1-7',
    kind: 'interview',
    label: '15 minutes',
    seed: 7,
    startedAt: 1,
    roundMs: 900_000,
    questionMs: 450_000,
    position: 2,
    items: [
      { id: 'a/q1', questionId: 'a/q1', title: 'A', url: '/a/', answer: 'mine', grade: 'Good' },
    ],
  };

  it('reads back what was stored; damaged or foreign data starts afresh', () => {
    const store = { version: 1 as const, active: round, rounds: [] };
    expect(readMockStore(JSON.stringify(store))).toEqual(store);
    expect(readMockStore('{not json')).toEqual({ version: 1, rounds: [] });
    expect(readMockStore(JSON.stringify({ version: 2, rounds: [] }))).toEqual({
      version: 1,
      rounds: [],
    });
    expect(readMockStore(null)).toEqual({ version: 1, rounds: [] });
  });

  it('a finished round goes first among the summaries and is no longer active; 20 are kept', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      ...round,
      id: `old-${i}`,
      finishedAt: 5,
    }));
    const next = finishRound({ version: 1, active: round, rounds: many }, round, 99);
    expect(next.active).toBeUndefined();
    expect(next.rounds).toHaveLength(20);
    expect(next.rounds[0]).toMatchObject({ id: '1-7', finishedAt: 99 });
    expect(MockStoreSchema.safeParse(next).success).toBe(true);
  });
});

describe('new rounds', () => {
  const question = (n: number, level: string): MockQuestion => ({
    id: `g/q${n}`,
    url: `/guides/g/${n}-q/`,
    title: `Q${n}`,
    guideTitle: 'G',
    facets: { company: ['Stripe'], difficulty: [level], guide: ['G'], tag: ['t'] },
    quickAnswerHtml: '',
    keyPoints: [],
  });
  const bank = [...Array.from({ length: 8 }, (_, i) => question(i, 'Senior')), question(9, 'Mid')];

  it('draws a round of the chosen length from the matching questions only, repeatably', () => {
    const round = interviewRound(bank, { minutes: 45, filters: { difficulty: 'Senior' } }, 3);
    expect(round?.items).toHaveLength(6);
    expect(round?.items.every((i) => i.id !== 'g/q9')).toBe(true);
    expect(round).toMatchObject({
      label: '45 minutes, Senior',
      roundMs: 2_700_000,
      questionMs: 450_000,
    });
    expect(interviewRound(bank, { minutes: 45, filters: { difficulty: 'Senior' } }, 3)).toEqual(
      round,
    );
    expect(interviewRound(bank, { minutes: 15, filters: { company: 'Uber' } }, 3)).toBeUndefined();
  });

  it('a predict drill takes three examples, or the one asked for', () => {
    const example = (id: string): PredictExample => ({
      id,
      questionId: id.replace(/-\d+$/, ''),
      url: '/x/',
      title: id,
      mode: 'type',
      code: '',
      output: 'a',
    });
    const examples = ['g/q1-1', 'g/q2-1', 'g/q3-1', 'g/q4-1'].map(example);
    expect(predictRound(examples, 1).items).toHaveLength(3);
    const one = predictRound(examples, 1, 'g/q2-1');
    expect(one.items.map((i) => [i.id, i.questionId])).toEqual([['g/q2-1', 'g/q2']]);
    expect(one.label).toBe('Predict the output, 1 example');
  });
});
