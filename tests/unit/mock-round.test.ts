import { describe, expect, it } from 'vitest';
import {
  countdownAt,
  formatClock,
  milestonesBetween,
  spokenDuration,
} from '../../src/mock/countdown.ts';
import { drawAtRandom, seededRandom, shuffled } from '../../src/mock/random.ts';
import {
  type Drawable,
  describeChoice,
  matchesChoice,
  offeredPresets,
  questionsInRound,
} from '../../src/mock/round-choice.ts';

const MINUTE = 60_000;

describe('drawing questions', () => {
  it('the same seed gives the same sequence, another seed another one', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    const c = seededRandom(43);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const n of first) expect(n >= 0 && n < 1).toBe(true);
  });

  it('draws distinct items, all of them shuffled when the pool is small', () => {
    const pool = Array.from({ length: 50 }, (_, i) => i);
    const drawn = drawAtRandom(pool, 6, 7);
    expect(drawn).toHaveLength(6);
    expect(new Set(drawn).size).toBe(6);
    expect(drawAtRandom(pool, 6, 7)).toEqual(drawn);
    expect(shuffled(pool, 7)).not.toEqual(pool);
    expect([...shuffled(pool, 7)].sort((x, y) => x - y)).toEqual(pool);
    expect(drawAtRandom([1, 2, 3], 6, 1).sort()).toEqual([1, 2, 3]);
    expect(drawAtRandom(pool, 0, 1)).toEqual([]);
  });

  it('every item can come first: the shuffle is not stuck', () => {
    const firsts = new Set<number>();
    for (let seed = 0; seed < 200; seed++) firsts.add(shuffled([0, 1, 2, 3], seed)[0] as number);
    expect([...firsts].sort()).toEqual([0, 1, 2, 3]);
  });
});

const q = (id: string, company: string[], level: string, tag = ['caching']): Drawable => ({
  id,
  facets: { company, difficulty: [level], guide: ['Caching'], tag },
});

describe('choosing a round', () => {
  it('a round of 45 minutes asks 6 questions; 15 minutes asks 2', () => {
    expect(questionsInRound(45)).toBe(6);
    expect(questionsInRound(15)).toBe(2);
  });

  it('filters combine with AND; an empty filter matches everything', () => {
    const question = q('a/q1', ['Stripe', 'Uber'], 'Senior');
    expect(matchesChoice(question, {})).toBe(true);
    expect(matchesChoice(question, { company: 'Stripe', difficulty: 'Senior' })).toBe(true);
    expect(matchesChoice(question, { company: 'Stripe', difficulty: 'Mid' })).toBe(false);
    expect(matchesChoice(question, { tag: 'redis' })).toBe(false);
  });

  it('describes a choice in the search page facet order', () => {
    expect(
      describeChoice({ minutes: 45, filters: { company: 'Stripe', difficulty: 'Senior' } }),
    ).toBe('45 minutes, Stripe, Senior');
  });

  it('offers a preset only where the bank has a full round of questions', () => {
    const bank = [
      ...Array.from({ length: 6 }, (_, i) => q(`s/q${i}`, ['Stripe'], 'Senior')),
      ...Array.from({ length: 3 }, (_, i) => q(`u/q${i}`, ['Uber'], 'Staff')),
    ];
    const presets = offeredPresets(bank).map(describeChoice);
    expect(presets).toContain('15 minutes');
    expect(presets).toContain('45 minutes, Senior');
    expect(presets).toContain('45 minutes, Stripe, Senior');
    expect(presets).not.toContain('45 minutes, Staff');
    expect(presets).not.toContain('45 minutes, Uber, Staff');
  });
});

describe('countdowns', () => {
  const round = { startedAt: 1_000_000, durationMs: 30 * MINUTE };

  it('counts down from the injected clock and never below zero', () => {
    expect(countdownAt(round, round.startedAt)).toEqual({
      remainingMs: 30 * MINUTE,
      used: 0,
      expired: false,
    });
    expect(countdownAt(round, round.startedAt + 10 * MINUTE).remainingMs).toBe(20 * MINUTE);
    expect(countdownAt(round, round.startedAt + 40 * MINUTE)).toEqual({
      remainingMs: 0,
      used: 1,
      expired: true,
    });
    // A clock set back before the start reads as "just started".
    expect(countdownAt(round, round.startedAt - 5000).remainingMs).toBe(30 * MINUTE);
  });

  it('formats the clock, rounding up so 0:00 means time is up', () => {
    expect(formatClock(30 * MINUTE)).toBe('30:00');
    expect(formatClock(61_500)).toBe('1:02');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(75 * MINUTE)).toBe('1:15:00');
    expect(spokenDuration(4.5 * MINUTE)).toBe('4 minutes 30 seconds');
    expect(spokenDuration(MINUTE)).toBe('1 minute');
  });

  it('announces halfway, 5 minutes, 1 minute and time up, once each, not every second', () => {
    const heard: string[] = [];
    for (let t = round.startedAt; t <= round.startedAt + 31 * MINUTE; t += 1000)
      heard.push(...milestonesBetween(round, t - 1000, t));
    expect(heard).toEqual(['halfway', 'five-minutes', 'one-minute', 'time-up']);
  });

  it('a long gap (a reload) announces only the latest milestone passed', () => {
    expect(milestonesBetween(round, round.startedAt, round.startedAt + 29.5 * MINUTE)).toEqual([
      'one-minute',
    ]);
  });

  it('a short question skips milestones that fall at its very start', () => {
    const question = { startedAt: 0, durationMs: 5 * MINUTE };
    const heard: string[] = [];
    for (let t = 1000; t <= 6 * MINUTE; t += 1000)
      heard.push(...milestonesBetween(question, t - 1000, t));
    expect(heard).toEqual(['halfway', 'one-minute', 'time-up']);
  });

  it('milestones come in the order time passes them: 5 minutes before halfway in 7:30', () => {
    const question = { startedAt: 0, durationMs: 7.5 * MINUTE };
    const heard: string[] = [];
    for (let t = 1000; t <= 8 * MINUTE; t += 1000)
      heard.push(...milestonesBetween(question, t - 1000, t));
    expect(heard).toEqual(['five-minutes', 'halfway', 'one-minute', 'time-up']);
    expect(milestonesBetween(question, 0, 4 * MINUTE)).toEqual(['halfway']);
  });
});
