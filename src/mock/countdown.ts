/** A countdown as stored: when it started and how long it runs. Times are epoch milliseconds. */
export interface Countdown {
  startedAt: number;
  durationMs: number;
}

export interface CountdownState {
  /** Milliseconds left, never below 0. */
  remainingMs: number;
  /** Share of the time used, from 0 to 1. */
  used: number;
  expired: boolean;
}

/** Where a countdown stands at `now` (an injected clock, so tests and reloads agree). */
export function countdownAt(countdown: Countdown, now: number): CountdownState {
  const elapsed = Math.max(0, now - countdown.startedAt);
  const remainingMs = Math.max(0, countdown.durationMs - elapsed);
  return {
    remainingMs,
    used: countdown.durationMs === 0 ? 1 : Math.min(1, elapsed / countdown.durationMs),
    expired: remainingMs === 0,
  };
}

/** `m:ss` (or `h:mm:ss`), rounding up so 0:00 shows only when time is really up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** Spoken form for a screen reader: "4 minutes 30 seconds". */
export function spokenDuration(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes === 0) return part(seconds, 'second');
  return seconds === 0
    ? part(minutes, 'minute')
    : `${part(minutes, 'minute')} ${part(seconds, 'second')}`;
}

/** The moments worth announcing: halfway, 5 minutes left, 1 minute left, time up. */
export type Milestone = 'halfway' | 'five-minutes' | 'one-minute' | 'time-up';

const MINUTE = 60_000;

function milestoneTimes(durationMs: number): Array<[Milestone, number]> {
  // Remaining time at which each milestone falls; one too close to the start is not worth saying.
  const all: Array<[Milestone, number]> = [
    ['halfway', durationMs / 2],
    ['five-minutes', 5 * MINUTE],
    ['one-minute', MINUTE],
    ['time-up', 0],
  ];
  return all
    .filter(([name, at]) => name === 'time-up' || at < durationMs * 0.9)
    .sort((a, b) => b[1] - a[1]);
}

/**
 * The milestones passed between two readings of the clock (`before` exclusive, `now` inclusive),
 * in order. A long gap (a tab in the background, a reload) reports only the latest one, so a
 * screen reader does not hear a backlog.
 */
export function milestonesBetween(countdown: Countdown, before: number, now: number): Milestone[] {
  const was = countdownAt(countdown, before).remainingMs;
  const is = countdownAt(countdown, now).remainingMs;
  const passed = milestoneTimes(countdown.durationMs)
    .filter(([, at]) => was > at && is <= at)
    .map(([name]) => name);
  return passed.slice(-1);
}
