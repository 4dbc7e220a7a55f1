import * as z from 'zod/mini';

/**
 * How far a saved or imported time may lie ahead of this device's clock. Two devices' clocks
 * disagree by seconds, rarely minutes; a time further ahead would win every later merge.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

export const DAY_MS = 86_400_000;

/** The latest moment a saved "it happened at" time may claim, for a reading made at `now` (whole seconds). */
export function latestAccepted(now: Date): number {
  return Math.floor(now.getTime() / 1000) * 1000 + CLOCK_SKEW_MS;
}

/**
 * Builds a schema for a reading at `now`, reusing the last one within the same second: zod
 * compiles each new object schema on first use (about 2 ms), and a page reads progress often.
 */
export function perSecond<T>(build: (now: Date) => T): (now: Date) => T {
  let second = Number.NaN;
  let built: T | undefined;
  return (now) => {
    const at = Math.floor(now.getTime() / 1000);
    if (at !== second || built === undefined) {
      built = build(new Date(at * 1000));
      second = at;
    }
    return built;
  };
}

/**
 * A UTC ISO time (`2026-11-20T10:00:00.000Z`) no later than `latest` (ms since 1970), returned in
 * the one `toISOString()` form so that stored times compare correctly as text.
 */
export function momentSchema(latest: number, what: string) {
  const limit = new Date(latest).toISOString();
  return z.pipe(
    z.iso.datetime({ error: 'expected a UTC time like 2026-11-20T10:00:00.000Z' }).check(
      z.refine((value) => Date.parse(value) <= latest, {
        error: `expected ${what} no later than ${limit}`,
      }),
    ),
    z.transform((value) => new Date(value).toISOString()),
  );
}
