import { type GradeName, gradeQuestion } from '../../study/schedule.ts';
import { changeProgress } from '../study/store.ts';

/** The one place a mock grade enters the study schedule (FSRS), through the study module's API. */
export function recordGrade(questionId: string, grade: GradeName): void {
  changeProgress((progress) => gradeQuestion(progress, questionId, grade));
}
