import { describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../src/study/days.ts';
import { planFor, type PlanInput } from '../../src/study/plan.ts';

const now = new Date(2026, 10, 30, 9, 0); // 30 Nov 2026, 09:00 local
const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  now,
  interviewDate: undefined,
  minutesPerDay: 30,
  newPerDay: 10,
  newLeft: 100,
  newDoneToday: 0,
  dueToday: 0,
  ...over,
});
const inDays = (days: number) => dayKey(addDays(now, days));

describe('a plan to an interview date', () => {
  it('without a date introduces the daily limit, minus what was done today', () => {
    expect(planFor(input()).newToday).toBe(10);
    expect(planFor(input({ newDoneToday: 4, newLeft: 96 })).newToday).toBe(6);
    expect(planFor(input({ newDoneToday: 12, newLeft: 88 })).newToday).toBe(0);
    expect(planFor(input()).summary).toBe('Today: 0 reviews and 10 new questions (about 30 min).');
  });

  it('ten days ahead: spreads the new questions over eight days, so all are seen before the date', () => {
    const plan = planFor(input({ interviewDate: inDays(10) }));
    expect(plan.phase).toBe('learn');
    expect(plan.daysLeft).toBe(10);
    expect(plan.newQuota).toBe(13); // ceil(100 / 8)
    expect(plan.maxIntervalDays).toBe(9);
    expect(plan.lastNewDay && dayKey(plan.lastNewDay)).toBe(inDays(7));
    expect(plan.summary).toContain('Interview in 10 days');
  });

  it('following the plan day by day introduces every question before the interview', () => {
    const interviewDate = inDays(10);
    let newLeft = 257;
    const seenOn: number[] = [];
    for (let day = 0; day < 10; day++) {
      const plan = planFor(input({ now: addDays(now, day), interviewDate, newLeft }));
      // The quota may be taken in two sittings: the second one is offered only the rest.
      const first = Math.min(plan.newToday, 5);
      const later = planFor(
        input({
          now: addDays(now, day),
          interviewDate,
          newLeft: newLeft - first,
          newDoneToday: first,
        }),
      );
      newLeft -= first + later.newToday;
      seenOn.push(first + later.newToday);
    }
    expect(newLeft).toBe(0);
    expect(seenOn.slice(8).every((n) => n === 0)).toBe(true);
  });

  it('interview tomorrow: everything still new is offered today, in a sweep', () => {
    const plan = planFor(input({ interviewDate: inDays(1), newLeft: 40, dueToday: 5 }));
    expect(plan.phase).toBe('sweep');
    expect(plan.newToday).toBe(40);
    expect(plan.maxIntervalDays).toBe(1);
    expect(plan.summary).toContain('Interview tomorrow');
    expect(plan.summary).toContain('more than your 30 min a day');
  });

  it('the last two days sweep; two days out the new questions are split in two', () => {
    const plan = planFor(input({ interviewDate: inDays(2), newLeft: 9 }));
    expect(plan.phase).toBe('sweep');
    expect(plan.newToday).toBe(5);
  });

  it('a date that has passed falls back to the daily limit and says so', () => {
    for (const days of [0, -3]) {
      const plan = planFor(input({ interviewDate: inDays(days) }));
      expect(plan.phase).toBe('passed');
      expect(plan.newToday).toBe(10);
      expect(plan.maxIntervalDays).toBeUndefined();
      expect(plan.summary).toMatch(/^Your interview date has passed/);
    }
  });

  it('nothing new left: only reviews, and the plan says every question has been seen', () => {
    const plan = planFor(input({ interviewDate: inDays(6), newLeft: 0, dueToday: 12 }));
    expect(plan.newToday).toBe(0);
    expect(plan.newQuota).toBe(0);
    expect(plan.lastNewDay).toBeUndefined();
    expect(plan.summary).toBe(
      'Interview in 6 days. Today: 12 reviews and 0 new questions (about 12 min). Every question has been seen.',
    );
    expect(planFor(input({ newLeft: 0 })).summary).toBe('Today: nothing left to do.');
  });
});
