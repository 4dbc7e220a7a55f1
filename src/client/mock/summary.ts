import { formatClock } from '../../mock/countdown.ts';
import type { Round } from '../../mock/round-schema.ts';
import { sitePath } from '../base-path.ts';

/** One line per question of a finished round: title, grade, time taken, and the answer written. */
export function summaryItems(round: Round): HTMLLIElement[] {
  return round.items.map((item) => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = sitePath(item.url);
    link.textContent = item.title;
    const result = document.createElement('span');
    result.className = `mock-grade${item.grade ? ` is-${item.grade.toLowerCase()}` : ''}`;
    const score = item.score ? ` (${item.score.right} of ${item.score.total} lines right)` : '';
    const taken =
      item.shownAt !== undefined && item.revealedAt !== undefined
        ? `, ${formatClock(item.revealedAt - item.shownAt)} taken`
        : '';
    result.textContent = item.grade
      ? `${item.grade}${score}${taken}`
      : item.shownAt === undefined
        ? 'Not reached'
        : 'Not graded';
    li.append(link, ' ', result);
    if (item.answer.trim() !== '') {
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = round.kind === 'predict' ? 'Your prediction' : 'Your answer';
      const text = document.createElement('pre');
      text.className = 'mock-written';
      text.textContent = item.answer;
      details.append(summary, text);
      li.append(details);
    }
    return li;
  });
}

/** "6 questions in 38:12: 2 Good, 1 Hard …". */
export function summaryText(round: Round, grades: readonly string[]): string {
  const took = (round.finishedAt ?? round.startedAt) - round.startedAt;
  const tally = grades
    .map((g) => [g, round.items.filter((i) => i.grade === g).length] as const)
    .filter(([, n]) => n > 0)
    .map(([g, n]) => `${n} ${g}`);
  const graded = round.items.filter((i) => i.grade).length;
  const when = new Date(round.startedAt).toLocaleString('en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return `${round.label}, ${when}: ${graded} of ${round.items.length} graded in ${formatClock(took)} (planned ${formatClock(round.roundMs)})${tally.length > 0 ? `: ${tally.join(', ')}` : ''}.`;
}

/** The past rounds listed under the setup, each linking to its summary. */
export function pastRoundItems(
  rounds: readonly Round[],
  grades: readonly string[],
): HTMLLIElement[] {
  return rounds.map((round) => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = sitePath(`/mock/?round=${encodeURIComponent(round.id)}`);
    link.textContent = summaryText(round, grades);
    li.append(link);
    return li;
  });
}
