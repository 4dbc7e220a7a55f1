import { default_maximum_interval, fsrs, S_MAX, S_MIN, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { FSRS_LIMITS, storedCardSchema } from '../../src/study/card-schema.ts';
import { CLOCK_SKEW_MS } from '../../src/study/moments.ts';
import { emptyProgress, readProgress } from '../../src/study/progress.ts';
import { GRADES, gradeQuestion } from '../../src/study/schedule.ts';
import type { StoredCard } from '../../src/study/schema.ts';

const now = new Date('2026-11-20T10:00:00.000Z');
const DAY = 86_400_000;
const card = (over: Partial<Record<keyof StoredCard, unknown>> = {}) => ({
  due: '2026-11-25T10:00:00.000Z',
  stability: 5.2,
  difficulty: 4.1,
  elapsedDays: 3,
  scheduledDays: 5,
  learningSteps: 0,
  reps: 4,
  lapses: 1,
  state: State.Review,
  lastReview: '2026-11-20T09:00:00.000Z',
  ...over,
});
const stored = (c: unknown) =>
  JSON.stringify({
    version: 2,
    questions: {
      'a/q1': {
        state: 'review',
        bookmarked: false,
        note: 'keep me',
        updatedAt: '2026-11-20T09:00:00.000Z',
        card: c,
      },
    },
  });

describe('the card ranges are ts-fsrs own', () => {
  it('match the constants ts-fsrs exports', () => {
    expect(FSRS_LIMITS.stabilityMin).toBe(S_MIN);
    expect(FSRS_LIMITS.stabilityMax).toBe(S_MAX);
    expect(FSRS_LIMITS.maximumIntervalDays).toBe(default_maximum_interval);
    expect(FSRS_LIMITS.stateMax).toBe(State.Relearning);
  });

  it('stretch to 36502 scheduled days, as ts-fsrs spaces hard, good and easy a day apart at the cap', () => {
    const max = card({
      stability: S_MAX,
      difficulty: 1,
      scheduledDays: S_MAX,
      due: new Date(now.getTime() - DAY).toISOString(),
      lastReview: new Date(now.getTime() - 2 * S_MAX * DAY).toISOString(),
    });
    const next = gradeQuestion(
      {
        version: 2,
        questions: {
          'a/q1': {
            state: 'known',
            bookmarked: false,
            note: '',
            updatedAt: now.toISOString(),
            card: storedCardSchema(now).parse(max),
          },
        },
      },
      'a/q1',
      'Easy',
      now,
    );
    expect(next.questions['a/q1']?.card?.scheduledDays).toBe(FSRS_LIMITS.scheduledDaysMax);
    expect(storedCardSchema(now).safeParse(next.questions['a/q1']?.card).success).toBe(true);
  });
});

describe('a stored card is checked against those ranges', () => {
  const schema = storedCardSchema(now);
  it.each([
    ['the lowest stability', { stability: S_MIN }],
    ['the highest stability', { stability: S_MAX }],
    ['difficulty 1 and 10', { difficulty: 10 }],
    [
      'a card with no memory yet',
      { stability: 0, difficulty: 0, state: State.New, reps: 0, lapses: 0 },
    ],
    [
      'a last review within the clock-skew allowance',
      { lastReview: new Date(now.getTime() + CLOCK_SKEW_MS).toISOString() },
    ],
    ['a time with an offset-free short form', { due: '2026-11-25T10:00:00Z' }],
  ])('accepts %s', (_, over) => {
    expect(schema.safeParse(card(over)).success).toBe(true);
  });

  it.each([
    ['negative stability', { stability: -3 }, 'stability'],
    ['stability below S_MIN', { stability: 0.0005 }, 'stability'],
    ['stability above S_MAX', { stability: 36_501 }, 'stability'],
    ['difficulty 42', { difficulty: 42 }, 'difficulty'],
    ['difficulty 0 on a reviewed card', { difficulty: 0 }, 'difficulty'],
    ['state 7', { state: 7 }, 'state'],
    ['state 1.5', { state: 1.5 }, 'state'],
    ['negative reps', { reps: -1 }, 'reps'],
    ['fractional lapses', { lapses: 0.5 }, 'lapses'],
    ['more lapses than reviews', { lapses: 9 }, 'lapses'],
    ['an unsafe integer', { elapsedDays: 2 ** 60 }, 'elapsedDays'],
    ['scheduled days past the cap', { scheduledDays: 36_503 }, 'scheduledDays'],
    ['a string for a number', { stability: '5' }, 'stability'],
    ['null for a number', { difficulty: null }, 'difficulty'],
    [
      'a last review in the future',
      { lastReview: new Date(now.getTime() + CLOCK_SKEW_MS + 1).toISOString() },
      'lastReview',
    ],
    [
      'a due date beyond the longest interval',
      { due: new Date(now.getTime() + CLOCK_SKEW_MS + 36_503 * DAY).toISOString() },
      'due',
    ],
    ['a due date before the last review', { due: '2026-11-19T00:00:00.000Z' }, 'lastReview'],
    ['a date that does not exist', { due: '2026-02-30T10:00:00.000Z' }, 'due'],
    ['a date with an offset', { due: '2026-11-25T10:00:00+02:00' }, 'due'],
  ])('refuses %s, naming the field', (_, over, field) => {
    const result = schema.safeParse(card(over));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('refuses Infinity, which JSON gives for 1e999', () => {
    expect(
      schema.safeParse(
        JSON.parse(JSON.stringify(card()).replace('"stability":5.2', '"stability":1e999')),
      ).success,
    ).toBe(false);
  });
});

describe('grading never throws on any stored state', () => {
  it('resets an out-of-range stored card with a notice, keeping the rest, and grades it', () => {
    const read = readProgress(stored(card({ stability: -3, difficulty: 42 })), now);
    expect(read.notice).toBe(
      'Some saved study progress was damaged: 1 question was partly reset. Everything else was kept.',
    );
    expect(read.progress.questions['a/q1']).toMatchObject({ state: 'review', note: 'keep me' });
    expect(read.progress.questions['a/q1']?.card).toBeUndefined();
    const graded = gradeQuestion(read.progress, 'a/q1', 'Good', now);
    expect(graded.questions['a/q1']?.card?.reps).toBe(1);
  });

  it('ts-fsrs itself throws on the card the import used to accept', () => {
    const bad = {
      due: now,
      stability: -3,
      difficulty: 42,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 3,
      lapses: 0,
      state: State.Review,
      last_review: now,
    };
    expect(() => fsrs().next(bad, now, 3)).toThrow(/Invalid memory state/);
  });

  it('grades a card whose last review is inside the skew allowance, across midnight UTC', () => {
    const justBeforeMidnight = new Date('2026-11-20T23:58:00.000Z');
    const reviewed = new Date(justBeforeMidnight.getTime() + 4 * 60_000).toISOString();
    const c = storedCardSchema(justBeforeMidnight).parse(
      card({ lastReview: reviewed, due: '2026-11-25T10:00:00.000Z' }),
    );
    const progress = {
      version: 2 as const,
      questions: {
        'a/q1': {
          state: 'review' as const,
          bookmarked: false,
          note: '',
          updatedAt: now.toISOString(),
          card: c,
        },
      },
    };
    for (const g of GRADES)
      expect(() => gradeQuestion(progress, 'a/q1', g.name, justBeforeMidnight)).not.toThrow();
  });

  it('for 800 cards anywhere in the accepted ranges, every grade gives a card the schema accepts', () => {
    let seed = 20_261_120;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = (values: readonly number[]) =>
      values[Math.floor(random() * values.length)] as number;
    const inRange = (min: number, max: number) =>
      pick([min, max, min + (max - min) * random(), min + (max - min) * random() ** 6]);
    for (let i = 0; i < 800; i++) {
      const at = new Date(now.getTime() + pick([0, 1, 7, 30, 400]) * DAY);
      const reps = Math.floor(random() * 50);
      const lastReview =
        at.getTime() - Math.floor(inRange(0, 4000) * DAY) + pick([0, CLOCK_SKEW_MS, -1]);
      const due = lastReview + Math.floor(inRange(0, 36_502) * DAY);
      const raw = card({
        stability: inRange(S_MIN, S_MAX),
        difficulty: inRange(1, 10),
        state: pick([1, 2, 3]),
        reps,
        lapses: Math.floor(random() * (reps + 1)),
        learningSteps: pick([0, 1, 2, 7, 1e9]),
        elapsedDays: pick([0, 3, 1e6]),
        scheduledDays: Math.floor(inRange(0, 36_502)),
        lastReview: new Date(lastReview).toISOString(),
        due: new Date(Math.min(due, at.getTime() + 36_502 * DAY)).toISOString(),
      });
      const parsed = storedCardSchema(at).safeParse(raw);
      if (!parsed.success)
        throw new Error(
          `generated an invalid card: ${JSON.stringify(raw)} ${parsed.error.message}`,
        );
      const progress = {
        version: 2 as const,
        questions: {
          'a/q1': {
            state: 'review' as const,
            bookmarked: false,
            note: '',
            updatedAt: at.toISOString(),
            card: parsed.data,
          },
        },
      };
      for (const g of GRADES) {
        const next = gradeQuestion(progress, 'a/q1', g.name, at).questions['a/q1']?.card;
        const check = storedCardSchema(at).safeParse(next);
        if (!check.success)
          throw new Error(
            `grading ${g.name} ${JSON.stringify(raw)} gave ${JSON.stringify(next)}: ${check.error.message}`,
          );
      }
    }
  });

  it('grades a question that has no card yet', () => {
    expect(
      gradeQuestion(emptyProgress(), 'a/q1', 'Again', now).questions['a/q1']?.card?.state,
    ).toBe(State.Learning);
  });
});
