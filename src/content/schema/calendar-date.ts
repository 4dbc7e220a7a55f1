import type { z } from 'zod';
import type { IssueParams } from './shared.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date where it is already latest (UTC+14), so a date that is today anywhere is accepted. */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` string that names a real day and is not in the future. */
export function checkCalendarDate(value: string, ctx: z.RefinementCtx<string>): void {
  const match = ISO_DATE.exec(value);
  if (!match) {
    const params: IssueParams = { hint: 'write it as YYYY-MM-DD, e.g. 2025-01-08' };
    ctx.addIssue({ code: 'custom', input: value, message: 'a date written YYYY-MM-DD', params });
    return;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    const params: IssueParams = { hint: month >= 1 && month <= 12 ? `that month has ${daysInMonth(year, month)} days` : 'months run from 01 to 12' };
    ctx.addIssue({ code: 'custom', input: value, message: 'a real calendar date', params });
    return;
  }
  if (value > latestToday()) {
    const params: IssueParams = { hint: 'use the date the guide was last reviewed' };
    ctx.addIssue({ code: 'custom', input: value, message: 'a date that is not in the future', params });
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
