import { addDays, dayKey, startOfDay } from './days.ts';
import type { StudyQuestion } from './index-schema.ts';
import { facetByKey } from '../site/facets.ts';
import { entryFor } from './question-table.ts';
import type { Review } from './review-log.ts';
import type { Progress } from './schema.ts';

/** Reviews per local day for the `weeks` weeks ending today, oldest first, weeks starting Monday. */
export function reviewHeatmap(
  log: readonly Review[],
  now: Date,
  weeks = 26,
): Array<{ day: string; count: number }> {
  const counts = new Map<string, number>();
  for (const review of log) {
    const key = dayKey(new Date(review.at));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const today = startOfDay(now);
  const sinceMonday = (today.getDay() + 6) % 7;
  const first = addDays(today, -sinceMonday - (weeks - 1) * 7);
  const days: Array<{ day: string; count: number }> = [];
  for (let d = first; d <= today; d = addDays(d, 1)) {
    const key = dayKey(d);
    days.push({ day: key, count: counts.get(key) ?? 0 });
  }
  return days;
}

/** Questions due on each of the next `days` days; today includes everything overdue. */
export function dueForecast(
  progress: Progress,
  ids: readonly string[],
  now: Date,
  days = 14,
): Array<{ day: string; count: number }> {
  const forecast = Array.from({ length: days }, (_, i) => ({
    day: dayKey(addDays(now, i)),
    count: 0,
  }));
  const ends = forecast.map((_, i) => addDays(now, i + 1).getTime());
  for (const id of ids) {
    const due = entryFor(progress, id)?.card?.due;
    if (due === undefined) continue;
    const at = Date.parse(due);
    const slot = ends.findIndex((end) => at < end);
    if (slot >= 0) (forecast[slot] as { count: number }).count++;
  }
  return forecast;
}

/**
 * Actual recall on spaced reviews (cards already in long-term review) since `since`: the share
 * not graded Again, the measure FSRS's desired retention targets.
 */
export function actualRecall(
  log: readonly Review[],
  since: Date,
): { reviews: number; recalled: number; rate: number | undefined } {
  const spaced = log.filter((r) => r.state === 2 && Date.parse(r.at) >= since.getTime());
  const recalled = spaced.filter((r) => r.rating > 1).length;
  return {
    reviews: spaced.length,
    recalled,
    rate: spaced.length === 0 ? undefined : recalled / spaced.length,
  };
}

export interface WeakSpot {
  label: string;
  /** Mean FSRS retrievability of its practised questions now. */
  recall: number;
  practised: number;
}

/** The values of a facet (topics, companies) whose practised questions are least likely recalled. */
export function weakestBy(
  questions: readonly StudyQuestion[],
  facet: 'tag' | 'company',
  retrievability: (id: string) => number | undefined,
  { limit = 5, minPractised = 2 } = {},
): WeakSpot[] {
  const groups = new Map<string, number[]>();
  for (const q of questions) {
    const r = retrievability(q.id);
    if (r === undefined) continue;
    for (const value of facetByKey(facet).values(q)) {
      const list = groups.get(value) ?? [];
      list.push(r);
      groups.set(value, list);
    }
  }
  return [...groups]
    .filter(([, values]) => values.length >= minPractised)
    .map(([label, values]) => ({
      label,
      recall: values.reduce((a, b) => a + b, 0) / values.length,
      practised: values.length,
    }))
    .sort((a, b) => a.recall - b.recall || a.label.localeCompare(b.label, 'en'))
    .slice(0, limit);
}
