import { LEVELS } from '../../content/schema/scales.ts';
import { addDays } from '../../study/days.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import { summarize } from '../../study/progress-ops.ts';
import { entryFor } from '../../study/question-table.ts';
import { REVIEW_LOG_MAX } from '../../study/review-log.ts';
import { GRADES, retrievability } from '../../study/schedule.ts';
import { actualRecall, dueForecast, reviewHeatmap, weakestBy } from '../../study/stats.ts';
import { barCell, cell, dayLabel, row, shade, weakList } from './dashboard-parts.ts';
import { loadLog, loadSettings } from './extras-store.ts';
import { loadStudyIndex } from './study-index.ts';
import { loadProgress, onProgressChange } from './store.ts';

/** Reviews shown in the log table; the stored log keeps up to REVIEW_LOG_MAX. */
const LOG_ROWS = 30;

/**
 * <progress-dashboard> on /progress/: the review heatmap, due cards for the next 14 days, recall
 * against the target, weakest topics and companies, progress by level and guide, and the log.
 */
class ProgressDashboard extends HTMLElement {
  connectedCallback(): void {
    onProgressChange(() => void this.#render());
    void this.#render();
  }

  #part(name: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-${name}]`);
  }

  async #render(): Promise<void> {
    const index = await loadStudyIndex().catch(() => undefined);
    if (!index) return;
    const now = new Date();
    const progress = loadProgress();
    const reviews = loadLog();
    const settings = loadSettings();
    const questions = index.questions;
    const recallOf = (id: string) => retrievability(entryFor(progress, id)?.card, now);

    this.#heatmap(reviewHeatmap(reviews, now));
    const forecast = dueForecast(
      progress,
      questions.map((q) => q.id),
      now,
    );
    const maxDue = Math.max(0, ...forecast.map((d) => d.count));
    this.#part('forecast')?.replaceChildren(
      ...forecast.map((d, i) =>
        row(
          cell('th', i === 0 ? `Today (${dayLabel(d.day)})` : dayLabel(d.day)),
          barCell(d.count, maxDue),
        ),
      ),
    );
    const recall = actualRecall(reviews, addDays(now, -30));
    const target = Math.round(settings.retention * 100);
    const recallText = this.#part('recall');
    if (recallText)
      recallText.textContent =
        recall.rate === undefined
          ? `No spaced reviews in the last 30 days yet: your target is ${target}%. Recall is measured once practised questions come back.`
          : `Last 30 days: ${Math.round(recall.rate * 100)}% recalled (${recall.recalled} of ${recall.reviews} spaced reviews not graded Again); your target is ${target}%.`;
    this.#part('weak-topics')?.replaceChildren(
      weakList(
        weakestBy(questions, 'tag', recallOf),
        'Practise at least two questions of a topic to see it here.',
      ),
    );
    this.#part('weak-companies')?.replaceChildren(
      weakList(
        weakestBy(questions, 'company', recallOf),
        'Practise at least two questions of a company to see it here.',
      ),
    );
    this.#groupTable(
      'by-level',
      questions,
      (q) => q.level,
      (a, b) => LEVELS.indexOf(a as never) - LEVELS.indexOf(b as never),
    );
    this.#groupTable('by-guide', questions, (q) => q.guideTitle);
    this.#log(reviews.slice(-LOG_ROWS).reverse(), questions, reviews.length);
    this.hidden = false;
  }

  #heatmap(days: ReturnType<typeof reviewHeatmap>): void {
    const grid = this.#part('heatmap');
    if (!grid) return;
    const max = Math.max(0, ...days.map((d) => d.count));
    const total = days.reduce((sum, d) => sum + d.count, 0);
    const active = days.filter((d) => d.count > 0).length;
    grid.setAttribute(
      'aria-label',
      `${total} review${total === 1 ? '' : 's'} on ${active} day${active === 1 ? '' : 's'} in the last ${Math.ceil(days.length / 7)} weeks`,
    );
    grid.replaceChildren(
      ...days.map((d) => {
        const square = document.createElement('span');
        square.className = `day shade-${shade(d.count, max)}`;
        square.dataset.day = d.day;
        square.dataset.count = String(d.count);
        square.title = `${dayLabel(d.day)}: ${d.count} review${d.count === 1 ? '' : 's'}`;
        return square;
      }),
    );
    const caption = this.#part('heatmap-caption');
    if (caption) caption.textContent = grid.getAttribute('aria-label') ?? '';
  }

  #groupTable(
    name: string,
    questions: readonly StudyQuestion[],
    group: (q: StudyQuestion) => string,
    order?: (a: string, b: string) => number,
  ): void {
    const groups = new Map<string, string[]>();
    for (const q of questions) groups.set(group(q), [...(groups.get(group(q)) ?? []), q.id]);
    const progress = loadProgress();
    const entries = [...groups];
    if (order) entries.sort((a, b) => order(a[0], b[0]));
    this.#part(name)?.replaceChildren(
      ...entries.map(([label, ids]) => {
        const { known, review, total } = summarize(progress, ids);
        const practised = ids.filter((id) => entryFor(progress, id)?.card).length;
        return row(
          cell('th', label),
          cell('td', `${known} of ${total}`),
          cell('td', String(review)),
          cell('td', `${practised}`),
        );
      }),
    );
  }

  #log(
    recent: ReturnType<typeof loadLog>,
    questions: readonly StudyQuestion[],
    kept: number,
  ): void {
    const titles = new Map(questions.map((q) => [q.id, q.title]));
    const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    this.#part('log')?.replaceChildren(
      ...recent.map((r) =>
        row(
          cell('th', titles.get(r.id) ?? r.id),
          cell('td', GRADES.find((g) => g.rating === r.rating)?.name ?? String(r.rating)),
          cell('td', time.format(new Date(r.at))),
          cell('td', String(r.elapsedDays)),
        ),
      ),
    );
    const note = this.#part('log-note');
    if (note)
      note.textContent =
        kept === 0
          ? 'No reviews yet.'
          : `The latest ${Math.min(kept, LOG_ROWS)} of ${kept} reviews. The log keeps the latest ${REVIEW_LOG_MAX}, and an export carries them.`;
  }
}

customElements.define('progress-dashboard', ProgressDashboard);
