import { startOfDay } from './days.ts';
import { dueIds } from './due.ts';
import type { StudyQuestion } from './index-schema.ts';
import { planFor, type Plan } from './plan.ts';
import { entryFor } from './question-table.ts';
import type { Review } from './review-log.ts';
import type { ScheduleOptions } from './schedule.ts';
import type { Progress } from './schema.ts';
import { newIntroducedOn } from './session.ts';
import type { StudySettings } from './settings.ts';

export interface Today {
  plan: Plan;
  /** New questions practice may still introduce today. */
  newAllowance: number;
  /** What grading today passes to FSRS: the desired retention and the plan's interval cap. */
  schedule: ScheduleOptions;
  sweep: boolean;
  due: number;
}

/** What today holds, from the bank, progress, settings and the review log. */
export function today(
  questions: readonly StudyQuestion[],
  progress: Progress,
  settings: StudySettings,
  reviews: readonly Review[],
  now: Date,
): Today {
  const ids = questions.map((q) => q.id);
  const due = dueIds(progress, ids, now).length;
  const plan = planFor({
    now,
    interviewDate: settings.interviewDate,
    minutesPerDay: settings.minutesPerDay,
    newPerDay: settings.newPerDay,
    newLeft: ids.filter((id) => !entryFor(progress, id)?.card).length,
    newDoneToday: newIntroducedOn(reviews, startOfDay(now)).size,
    dueToday: due,
  });
  return {
    plan,
    newAllowance: plan.newToday,
    schedule: {
      retention: settings.retention,
      ...(plan.maxIntervalDays === undefined ? {} : { maxIntervalDays: plan.maxIntervalDays }),
    },
    sweep: plan.phase === 'sweep',
    due,
  };
}
