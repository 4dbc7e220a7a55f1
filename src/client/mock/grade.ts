import type { GradeName } from '../../study/schedule.ts';
import { recordGrade as record } from '../study/grading.ts';
import { loadStudyIndex } from '../study/study-index.ts';

/** A mock or drill grade enters the study schedule and review log the way a practice grade does. */
export async function recordGrade(questionId: string, grade: GradeName): Promise<void> {
  const index = await loadStudyIndex();
  record(index.questions, questionId, grade);
}
