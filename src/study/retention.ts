import { DEFAULT_RETENTION } from './settings.ts';

/** The stability used to compare settings: a memory that lasts ten days at the default. */
const SAMPLE_STABILITY_DAYS = 10;

/**
 * The workload trade-off of a desired retention, in words: how much more or less often reviews
 * come than at the default. `intervalAt` is FSRS's interval for a retention and a stability.
 */
export function retentionTradeOff(
  retention: number,
  intervalAt: (retention: number, stabilityDays: number) => number,
): string {
  const here = intervalAt(retention, SAMPLE_STABILITY_DAYS);
  const base = intervalAt(DEFAULT_RETENTION, SAMPLE_STABILITY_DAYS);
  const ratio = base / Math.max(1, here);
  const pct = Math.round(retention * 100);
  const after = `a question you know well comes back after ${here} day${here === 1 ? '' : 's'}`;
  if (Math.abs(ratio - 1) < 0.05)
    return `At ${pct}%, ${after}: the default balance of reviews and forgetting.`;
  const gap = `${after} instead of ${base}`;
  return ratio > 1
    ? `At ${pct}%, ${gap}: about ${ratio.toFixed(1)}× the reviews of 90%, and fewer questions forgotten.`
    : `At ${pct}%, ${gap}: about ${Math.round((1 - ratio) * 100)}% fewer reviews than at 90%, and more questions forgotten.`;
}
