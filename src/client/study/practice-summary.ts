import { untilNextReview } from '../../study/due.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import { sitePath } from '../base-path.ts';

export interface GradedCard {
  question: StudyQuestion;
  grade: string;
  /** When it comes back (ISO). */
  due: string | undefined;
}

/** The end-of-session table: each question, its grade and when it comes back. */
export function summaryRows(graded: readonly GradedCard[], now: Date): HTMLTableRowElement[] {
  const format = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  return graded.map(({ question, grade, due }) => {
    const row = document.createElement('tr');
    const title = document.createElement('th');
    title.scope = 'row';
    const link = document.createElement('a');
    link.href = sitePath(question.url);
    link.textContent = question.title;
    title.append(link);
    const gradeCell = document.createElement('td');
    gradeCell.textContent = grade;
    const back = document.createElement('td');
    if (due) {
      const time = document.createElement('time');
      time.dateTime = due;
      time.textContent = `${untilNextReview(due, now)} (${format.format(new Date(due))})`;
      back.append(time);
    }
    row.append(title, gradeCell, back);
    return row;
  });
}
