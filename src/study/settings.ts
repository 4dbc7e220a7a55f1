import * as z from 'zod/mini';
import { startOfDayKey } from './days.ts';
import { ownEntries } from './question-table.ts';

/** The desired-retention range offered, as FSRS users know it. */
export const RETENTION_MIN = 0.8;
export const RETENTION_MAX = 0.97;
export const DEFAULT_RETENTION = 0.9;
export const DEFAULT_NEW_PER_DAY = 10;
export const DEFAULT_MINUTES_PER_DAY = 30;

/** The candidate's study settings: kept beside progress, exported and imported with it. */
export const StudySettingsSchema = z.strictObject({
  /** Desired retention: the recall probability FSRS schedules each review for. */
  retention: z.number().check(z.gte(RETENTION_MIN), z.lte(RETENTION_MAX)),
  /** New questions introduced a day when no interview date is set. */
  newPerDay: z.int().check(z.gte(1), z.lte(200)),
  /** Minutes the candidate can study a day. */
  minutesPerDay: z.int().check(z.gte(5), z.lte(600)),
  /** The interview day, `YYYY-MM-DD`, local time. */
  interviewDate: z.optional(
    z
      .string()
      .check(z.refine((v) => startOfDayKey(v) !== undefined, 'expected a date like 2026-12-10')),
  ),
  /** When progress was last exported to a file. */
  lastExportAt: z.optional(z.iso.datetime()),
});
export type StudySettings = z.output<typeof StudySettingsSchema>;

export function defaultSettings(): StudySettings {
  return {
    retention: DEFAULT_RETENTION,
    newPerDay: DEFAULT_NEW_PER_DAY,
    minutesPerDay: DEFAULT_MINUTES_PER_DAY,
  };
}

/** Settings from untrusted data: each valid field is kept, anything else falls back to its default. */
export function readSettings(data: unknown): StudySettings {
  const settings = defaultSettings();
  const shape = StudySettingsSchema.def.shape;
  for (const [key, value] of ownEntries(data)) {
    if (!Object.hasOwn(shape, key)) continue;
    const field = shape[key as keyof typeof shape].safeParse(value);
    if (field.success && field.data !== undefined)
      (settings as Record<string, unknown>)[key] = field.data;
  }
  return settings;
}

/** How old the last export may be before the candidate is offered a new one. */
export const EXPORT_REMINDER_DAYS = 7;

/** True when progress was never exported, or last exported more than a week before `now`. */
export function exportOverdue(lastExportAt: string | undefined, now: Date): boolean {
  if (lastExportAt === undefined) return true;
  return now.getTime() - Date.parse(lastExportAt) > EXPORT_REMINDER_DAYS * 86_400_000;
}
