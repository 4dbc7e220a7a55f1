import { dueIds } from './due.ts';
import { someIds } from './import-messages.ts';
import { splitByIndex, summarize } from './progress-ops.ts';
import type { Progress } from './schema.ts';

/**
 * The progress page's totals, counted over the site's questions only; entries for ids the site
 * does not have are named apart, so "31 of 10 known" cannot happen.
 */
export function progressReport(
  progress: Progress,
  siteIds: readonly string[],
  now: Date = new Date(),
): string {
  const { known: withProgress, unknown } = splitByIndex(progress, new Set(siteIds));
  const { known, review, bookmarked } = summarize(progress, withProgress);
  const due = dueIds(progress, withProgress, now).length;
  const count = withProgress.length;
  const main = `${count} question${count === 1 ? '' : 's'} with progress: ${known} known, ${review} to review, ${bookmarked} bookmarked, ${due} due today.`;
  if (unknown.length === 0) return main;
  const those =
    unknown.length === 1
      ? '1 saved entry is for a question'
      : `${unknown.length} saved entries are for questions`;
  return `${main} ${those} this site does not have (${someIds(unknown)}): kept and exported, not counted.`;
}
