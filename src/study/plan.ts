import { addDays, daysBetween, startOfDayKey } from './days.ts';

/** Rough minutes a card takes: a new question is read in full, a review is recalled and graded. */
export const MINUTES_PER_NEW = 3;
export const MINUTES_PER_REVIEW = 1;
/** The last days before the interview go to the questions least likely to be recalled. */
export const SWEEP_DAYS = 2;

export interface PlanInput {
  now: Date;
  /** `YYYY-MM-DD`, or undefined when no interview date is set. */
  interviewDate: string | undefined;
  minutesPerDay: number;
  /** The daily new-question limit without a date. */
  newPerDay: number;
  /** Questions in the bank never practised yet. */
  newLeft: number;
  /** New questions already introduced today (first reviews today). */
  newDoneToday: number;
  /** Reviews due today. */
  dueToday: number;
}

export interface Plan {
  /** `none`: no date; `learn`: new questions spread over the days left; `sweep`: the last days; `passed`. */
  phase: 'none' | 'learn' | 'sweep' | 'passed';
  /** Calendar days until the interview (1 = tomorrow); undefined without a date. */
  daysLeft: number | undefined;
  /** New questions to introduce today, on top of those already done. */
  newToday: number;
  /** The daily quota of new questions (done today included). */
  newQuota: number;
  /** The longest interval allowed, so every question comes back before the date. */
  maxIntervalDays: number | undefined;
  /** The day the last new question is introduced (local midnight), when there is a date. */
  lastNewDay: Date | undefined;
  /** Estimated minutes today's work takes. */
  minutesNeeded: number;
  /** What today holds, in one sentence. */
  summary: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Today's share of the work. With an interview date, the new questions still unseen at the start
 * of today are spread evenly over the days before the last SWEEP_DAYS; intervals are capped so
 * each question is due again before the date; in the last days every new question left is still
 * introduced, and reviews go to the least retrievable questions first.
 */
export function planFor(input: PlanInput): Plan {
  const interview = input.interviewDate ? startOfDayKey(input.interviewDate) : undefined;
  const newAtDayStart = input.newLeft + input.newDoneToday;
  const minutes = (fresh: number) =>
    Math.round(fresh * MINUTES_PER_NEW + input.dueToday * MINUTES_PER_REVIEW);
  if (!interview) {
    const quota = Math.min(input.newPerDay, newAtDayStart);
    return describe(
      input,
      {
        phase: 'none',
        daysLeft: undefined,
        newQuota: quota,
        newToday: Math.max(0, Math.min(input.newLeft, quota - input.newDoneToday)),
        maxIntervalDays: undefined,
        lastNewDay: undefined,
        minutesNeeded: 0,
      },
      minutes,
    );
  }
  const daysLeft = daysBetween(input.now, interview);
  if (daysLeft <= 0) {
    const quota = Math.min(input.newPerDay, newAtDayStart);
    return describe(
      input,
      {
        phase: 'passed',
        daysLeft,
        newQuota: quota,
        newToday: Math.max(0, Math.min(input.newLeft, quota - input.newDoneToday)),
        maxIntervalDays: undefined,
        lastNewDay: undefined,
        minutesNeeded: 0,
      },
      minutes,
    );
  }
  const learningDays = daysLeft > SWEEP_DAYS ? daysLeft - SWEEP_DAYS : daysLeft;
  const quota = Math.ceil(newAtDayStart / learningDays);
  const newToday = Math.max(0, Math.min(input.newLeft, quota - input.newDoneToday));
  const daysToFinish = quota === 0 ? 0 : Math.ceil(newAtDayStart / quota);
  return describe(
    input,
    {
      phase: daysLeft <= SWEEP_DAYS ? 'sweep' : 'learn',
      daysLeft,
      newQuota: quota,
      newToday,
      // Graded today, a card comes back by the day before the interview at the latest.
      maxIntervalDays: Math.max(1, daysLeft - 1),
      lastNewDay:
        newAtDayStart === 0 ? undefined : addDays(input.now, Math.max(0, daysToFinish - 1)),
      minutesNeeded: 0,
    },
    minutes,
  );
}

function describe(
  input: PlanInput,
  plan: Omit<Plan, 'summary'>,
  minutes: (fresh: number) => number,
): Plan {
  const minutesNeeded = minutes(plan.newToday);
  const work =
    plan.newToday + input.dueToday === 0
      ? 'nothing left to do'
      : `${plural(input.dueToday, 'review')} and ${plural(plan.newToday, 'new question')} (about ${minutesNeeded} min)`;
  const over =
    minutesNeeded > input.minutesPerDay
      ? ` That is more than your ${input.minutesPerDay} min a day.`
      : '';
  const lead =
    plan.phase === 'none'
      ? 'Today: '
      : plan.phase === 'passed'
        ? 'Your interview date has passed; set a new one. Today: '
        : plan.phase === 'sweep'
          ? `Interview ${plan.daysLeft === 1 ? 'tomorrow' : `in ${plan.daysLeft} days`}: today sweeps the questions you are least likely to recall, then `
          : `Interview in ${plan.daysLeft} days. Today: `;
  const left =
    plan.phase === 'learn' || plan.phase === 'sweep'
      ? input.newLeft === 0
        ? ' Every question has been seen.'
        : ` ${plural(input.newLeft, 'question')} still new, ${plan.newQuota} a day.`
      : '';
  return { ...plan, minutesNeeded, summary: `${lead}${work}.${left}${over}` };
}
