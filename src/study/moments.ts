import * as z from 'zod/mini';

/**
 * How far a saved or imported time may lie ahead of this device's clock. Two devices' clocks
 * disagree by seconds, rarely minutes; a time further ahead would win every later merge.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

export const DAY_MS = 86_400_000;

/** The latest moment a saved "it happened at" time may claim, for a reading made at `now`. */
export function latestAccepted(now: Date): number {
  return now.getTime() + CLOCK_SKEW_MS;
}

/**
 * A UTC ISO time (`2026-11-20T10:00:00.000Z`) no later than `latest` (ms since 1970), returned in
 * the one `toISOString()` form so that stored times compare correctly as text.
 */
export function momentSchema(latest: number, what: string) {
  const limit = new Date(latest).toISOString();
  return z.pipe(
    z.iso.datetime({ error: 'expected a UTC time like 2026-11-20T10:00:00.000Z' }).check(z.refine((value) => Date.parse(value) <= latest, { error: `expected ${what} no later than ${limit}` })),
    z.transform((value) => new Date(value).toISOString()),
  );
}
