import type { StudyQuestion } from '../../study/index-schema.ts';
import type { Review } from '../../study/review-log.ts';
import { type GradeName, gradeWithReview } from '../../study/schedule.ts';
import type { Progress } from '../../study/schema.ts';
import { today } from '../../study/today.ts';
import { loadLog, loadSettings, logReview } from './extras-store.ts';
import { changeProgress } from './store.ts';

/**
 * The one way a grade enters the study schedule, from practice, mock rounds and predict drills:
 * FSRS with today's retention and the plan's interval cap, and a line in the review log.
 */
export function recordGrade(
  bank: readonly StudyQuestion[],
  questionId: string,
  grade: GradeName,
  now: Date = new Date(),
): Progress {
  let review: Review | undefined;
  const progress = changeProgress((current) => {
    const day = today(bank, current, loadSettings(), loadLog(), now);
    const graded = gradeWithReview(current, questionId, grade, now, day.schedule);
    review = graded.review;
    return graded.progress;
  });
  if (review) logReview(review);
  return progress;
}
