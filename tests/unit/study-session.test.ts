import { describe, expect, it } from 'vitest';
import type { StudyQuestion } from '../../src/study/index-schema.ts';
import { emptyProgress } from '../../src/study/progress-ops.ts';
import { gradeWithReview, retrievability } from '../../src/study/schedule.ts';
import type { Progress } from '../../src/study/schema.ts';
import { entryFor } from '../../src/study/question-table.ts';
import {
  buildSession,
  newIntroducedOn,
  type SessionOptions,
  sessionParams,
} from '../../src/study/session.ts';
import { actualRecall, dueForecast, reviewHeatmap, weakestBy } from '../../src/study/stats.ts';
import { appendReview, normalizeLog, readLog, REVIEW_LOG_MAX } from '../../src/study/review-log.ts';

const now = new Date(2026, 10, 30, 9, 0);
const question = (n: number, over: Partial<StudyQuestion> = {}): StudyQuestion => ({
  id: `g/q${n}`,
  url: `/guides/g/${n}-q/`,
  number: n,
  title: `Question ${n}`,
  guide: 'g',
  guideTitle: 'Guide',
  level: 'Mid',
  frequency: n % 2 === 0 ? 'Very Common' : 'Rare',
  companies: [n % 2 === 0 ? 'Uber' : 'Stripe'],
  tags: [n % 3 === 0 ? 'redis' : 'http'],
  category: 'HTTP',
  ...over,
});
const bank = Array.from({ length: 30 }, (_, i) => question(i + 1));
const options = (progress: Progress, over: Partial<SessionOptions> = {}): SessionOptions => ({
  size: 10,
  order: 'due',
  newAllowance: 10,
  onlyDue: false,
  sweep: false,
  retrievability: (id) => retrievability(entryFor(progress, id)?.card, now),
  random: () => 0.5,
  ...over,
});
const grade = (progress: Progress, id: string, name: 'Again' | 'Good' | 'Easy', at: Date) =>
  gradeWithReview(progress, id, name, at).progress;

describe('building a practice session', () => {
  it('a fresh browser gets new questions at once, up to the daily allowance', () => {
    const progress = emptyProgress();
    const session = buildSession(bank, progress, now, options(progress, { newAllowance: 7 }));
    expect(session.cards.map((q) => q.id)).toEqual(bank.slice(0, 7).map((q) => q.id));
    expect(session).toMatchObject({ due: 0, fresh: 7, ahead: false });
  });

  it('puts what is due first, then new questions, and cuts to the size', () => {
    const past = new Date(now.getTime() - 3 * 86_400_000);
    let progress = grade(emptyProgress(), 'g/q5', 'Good', past);
    progress = grade(progress, 'g/q9', 'Again', past);
    const session = buildSession(bank, progress, now, options(progress, { size: 5 }));
    expect(session.cards.map((q) => q.id)).toEqual(['g/q9', 'g/q5', 'g/q1', 'g/q2', 'g/q3']);
    expect(session.due).toBe(2);
  });

  it('orders by frequency or at random when asked', () => {
    const progress = emptyProgress();
    const byFrequency = buildSession(
      bank,
      progress,
      now,
      options(progress, { order: 'frequency' }),
    );
    expect(byFrequency.cards.slice(0, 5).every((q) => q.frequency === 'Very Common')).toBe(true);
    let seed = 0.123;
    const random = () => (seed = (seed * 9301 + 0.49297) % 1);
    const shuffled = buildSession(
      bank,
      progress,
      now,
      options(progress, { order: 'random', random }),
    );
    expect(shuffled.cards.map((q) => q.id).sort()).toEqual(
      bank
        .slice(0, 10)
        .map((q) => q.id)
        .sort(),
    );
    expect(shuffled.cards.map((q) => q.id)).not.toEqual(bank.slice(0, 10).map((q) => q.id));
  });

  it('with nothing due and no new allowance it reviews ahead; due=1 never adds new questions', () => {
    const progress = grade(emptyProgress(), 'g/q1', 'Good', now);
    const ahead = buildSession(bank, progress, now, options(progress, { newAllowance: 0 }));
    expect(ahead).toMatchObject({ ahead: true, due: 0 });
    expect(ahead.cards.map((q) => q.id)).toEqual(['g/q1']);
    const onlyDue = buildSession(bank, progress, now, options(progress, { onlyDue: true }));
    expect(onlyDue.cards).toEqual([]);
  });

  it('a sweep takes practised questions least likely to be recalled first', () => {
    const longAgo = new Date(now.getTime() - 20 * 86_400_000);
    let progress = grade(emptyProgress(), 'g/q1', 'Easy', now);
    progress = grade(progress, 'g/q2', 'Easy', longAgo);
    const sweep = buildSession(
      bank,
      progress,
      now,
      options(progress, { sweep: true, newAllowance: 1 }),
    );
    expect(sweep.cards.map((q) => q.id)).toEqual(['g/q2', 'g/q1', 'g/q3']);
  });

  it('reads size and order from the URL', () => {
    expect(sessionParams('?size=5')).toEqual({ size: 5, order: 'due' });
    expect(sessionParams('?size=all&order=random')).toEqual({ size: undefined, order: 'random' });
    expect(sessionParams('?size=-3&order=__proto__')).toEqual({ size: 10, order: 'due' });
  });

  it('right after a session nothing graded counts as due, and Easy on first sight is not Known', () => {
    let progress = emptyProgress();
    for (const q of bank.slice(0, 3)) progress = grade(progress, q.id, 'Good', now);
    progress = grade(progress, 'g/q4', 'Easy', now);
    const after = new Date(now.getTime() + 60_000);
    expect(buildSession(bank, progress, after, options(progress, { onlyDue: true })).due).toBe(0);
    expect(entryFor(progress, 'g/q4')?.state).toBe('review');
    const later = new Date(now.getTime() + 11 * 60_000);
    expect(buildSession(bank, progress, later, options(progress, { onlyDue: true })).due).toBe(3);
  });
});

describe('the review log and what the progress page draws from it', () => {
  it('counts new questions introduced today from first reviews', () => {
    let progress = emptyProgress();
    let log: ReturnType<typeof readLog> = [];
    for (const id of ['g/q1', 'g/q2', 'g/q1']) {
      const graded = gradeWithReview(progress, id, 'Again', now);
      progress = graded.progress;
      log = appendReview(log, graded.review);
    }
    const dayStart = new Date(2026, 10, 30);
    expect([...newIntroducedOn(log, dayStart)].sort()).toEqual(['g/q1', 'g/q2']);
    expect(newIntroducedOn(log, new Date(2026, 11, 1)).size).toBe(0);
  });

  it('keeps the log bounded, sorted and free of duplicates and invalid entries', () => {
    const many = Array.from({ length: REVIEW_LOG_MAX + 10 }, (_, i) => ({
      id: 'g/q1',
      at: new Date(now.getTime() + i * 1000).toISOString(),
      rating: 3,
      elapsedDays: 0,
      state: 2,
    }));
    const log = normalizeLog([...many, ...many]);
    expect(log).toHaveLength(REVIEW_LOG_MAX);
    expect(log[0]?.at).toBe(many[10]?.at);
    expect(readLog([{ id: 'nope', at: 'x' }, many[0], 'junk'])).toEqual([many[0]]);
    expect(readLog({ __proto__: [] })).toEqual([]);
  });

  it('the heatmap and forecast change after grading; recall counts spaced reviews only', () => {
    let progress = emptyProgress();
    let log: ReturnType<typeof readLog> = [];
    for (const q of bank.slice(0, 4)) {
      const graded = gradeWithReview(progress, q.id, 'Good', now);
      progress = graded.progress;
      log = appendReview(log, graded.review);
    }
    const heat = reviewHeatmap(log, now);
    expect(heat).toHaveLength(25 * 7 + ((now.getDay() + 6) % 7) + 1);
    expect(heat.at(-1)).toEqual({ day: '2026-11-30', count: 4 });
    const ids = bank.map((q) => q.id);
    expect(dueForecast(emptyProgress(), ids, now)[0]?.count).toBe(0);
    const forecast = dueForecast(progress, ids, now);
    expect(forecast).toHaveLength(14);
    expect(forecast[0]).toEqual({ day: '2026-11-30', count: 4 });
    expect(actualRecall(log, new Date(0)).rate).toBeUndefined();
    const spaced = [
      { ...log[0]!, state: 2, rating: 1 },
      { ...log[1]!, state: 2, rating: 3 },
    ];
    expect(actualRecall(spaced, new Date(0))).toEqual({ reviews: 2, recalled: 1, rate: 0.5 });
  });

  it('names the weakest topics and companies by mean retrievability', () => {
    const recall = new Map([
      ['g/q3', 0.5],
      ['g/q6', 0.6],
      ['g/q1', 0.95],
      ['g/q2', 0.9],
    ]);
    expect(weakestBy(bank, 'tag', (id) => recall.get(id))).toEqual([
      { label: 'redis', recall: 0.55, practised: 2 },
      { label: 'http', recall: 0.925, practised: 2 },
    ]);
    expect(weakestBy(bank, 'company', (id) => recall.get(id)).map((w) => w.label)).toEqual([
      'Stripe',
      'Uber',
    ]);
  });
});
