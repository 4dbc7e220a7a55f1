import { LEVELS } from '../../content/schema/scales.ts';
import { slugify } from '../../content/slug.ts';
import { summarize } from '../../study/progress.ts';
import { dueIds } from '../../study/due.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import { loadStudyIndex } from './study-index.ts';
import { loadProgress, onProgressChange } from './store.ts';

const LEVEL_ORDER: readonly string[] = LEVELS;

const FACETS: Record<string, (q: StudyQuestion) => readonly string[]> = {
  companies: (q) => q.companies,
  tags: (q) => q.tags,
  levels: (q) => [q.level],
  frequencies: (q) => [q.frequency],
  categories: (q) => [q.category],
};

/**
 * <study-overview>: on the home page, what is due today and progress by level and company; on a
 * browse index page (`data-taxonomy="companies"`), "known / total" beside each term.
 */
class StudyOverview extends HTMLElement {
  connectedCallback(): void {
    onProgressChange(() => void this.#render());
    void this.#render();
  }

  async #render(): Promise<void> {
    const index = await loadStudyIndex().catch(() => undefined);
    if (!index) return;
    const progress = loadProgress();
    const taxonomy = this.dataset.taxonomy;
    if (taxonomy) return this.#termCounts(index.questions, taxonomy);

    const due = dueIds(progress).length;
    const all = summarize(progress, index.questions.map((q) => q.id));
    const dueLink = this.querySelector<HTMLAnchorElement>('[data-due-link]');
    if (dueLink) dueLink.textContent = `${due} question${due === 1 ? '' : 's'} due for review today`;
    const totals = this.querySelector('[data-totals]');
    if (totals) totals.textContent = `${all.known} of ${all.total} known, ${all.review} to review, ${all.bookmarked} bookmarked.`;
    this.#table('[data-by-level]', index.questions, (q) => [q.level]);
    this.#table('[data-by-company]', index.questions, (q) => q.companies, 12);
    this.hidden = false;
  }

  /** Fills a table body with "label | known of total", largest groups first (or in level order). */
  #table(selector: string, questions: readonly StudyQuestion[], groupsOf: (q: StudyQuestion) => readonly string[], limit?: number): void {
    const body = this.querySelector(selector);
    if (!body) return;
    const progress = loadProgress();
    const groups = new Map<string, string[]>();
    for (const q of questions) for (const g of groupsOf(q)) groups.set(g, [...(groups.get(g) ?? []), q.id]);
    let rows = [...groups];
    if (limit) rows = rows.sort((a, b) => b[1].length - a[1].length).slice(0, limit);
    else rows = rows.sort((a, b) => LEVEL_ORDER.indexOf(a[0]) - LEVEL_ORDER.indexOf(b[0]));
    body.replaceChildren(
      ...rows.map(([label, ids]) => {
        const { known, total } = summarize(progress, ids);
        const row = document.createElement('tr');
        const name = document.createElement('th');
        name.scope = 'row';
        name.textContent = label;
        const value = document.createElement('td');
        value.textContent = `${known} of ${total}`;
        row.append(name, value);
        return row;
      }),
    );
  }

  #termCounts(questions: readonly StudyQuestion[], taxonomy: string): void {
    const of = FACETS[taxonomy];
    if (!of) return;
    const progress = loadProgress();
    const ids = new Map<string, string[]>();
    for (const q of questions) for (const term of of(q)) ids.set(slugify(term), [...(ids.get(slugify(term)) ?? []), q.id]);
    for (const item of document.querySelectorAll<HTMLElement>('[data-term]')) {
      const { known, total } = summarize(progress, ids.get(item.dataset.term ?? '') ?? []);
      let mark = item.querySelector<HTMLElement>('.study-mark');
      if (!mark) {
        mark = document.createElement('span');
        mark.className = 'study-mark';
        item.append(mark);
      }
      mark.textContent = total > 0 ? ` · ${known} of ${total} known` : '';
    }
  }
}

customElements.define('study-overview', StudyOverview);
