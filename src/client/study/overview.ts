import { LEVELS } from '../../content/schema/scales.ts';
import { slugify } from '../../content/slug.ts';
import { summarize } from '../../study/progress.ts';
import { exportOverdue } from '../../study/settings.ts';
import { today } from '../../study/today.ts';
import { loadLog, loadSettings } from './extras-store.ts';
import type { Progress } from '../../study/schema.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import { facetByKey, FACET_KEYS, type FacetKey } from '../../site/facets.ts';
import { loadStudyIndex } from './study-index.ts';
import { markSpan } from './marks.ts';
import { loadProgress, onProgressChange } from './store.ts';

const LEVEL_ORDER: readonly string[] = LEVELS;

/** The ids of the questions carrying each value of a facet, keyed by `key` of the value. */
function groupIds(
  questions: readonly StudyQuestion[],
  facet: FacetKey,
  key: (value: string) => string = (v) => v,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const q of questions) {
    for (const value of facetByKey(facet).values(q)) {
      const k = key(value);
      const ids = groups.get(k);
      if (ids) ids.push(q.id);
      else groups.set(k, [q.id]);
    }
  }
  return groups;
}

/**
 * <study-overview>: on the home page, what is due today and progress by level and company; on a
 * browse index page (`data-facet="company"`), "known / total" beside each term.
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
    if (this.dataset.facet !== undefined) {
      const facet = FACET_KEYS.find((k) => k === this.dataset.facet);
      if (facet) this.#termCounts(progress, index.questions, facet);
      return;
    }

    const ids = index.questions.map((q) => q.id);
    const settings = loadSettings();
    const day = today(index.questions, progress, settings, loadLog(), new Date());
    const all = summarize(progress, ids);
    const todayText = this.querySelector('[data-today]');
    if (todayText) todayText.textContent = day.plan.summary;
    const dueLink = this.querySelector<HTMLAnchorElement>('[data-due-link]');
    if (dueLink)
      dueLink.textContent =
        day.due + day.newAllowance === 0 ? 'Practise ahead' : 'Start today’s session';
    const reminder = this.querySelector<HTMLElement>('[data-export-reminder]');
    if (reminder)
      reminder.hidden = !(
        Object.keys(progress.questions).length > 0 &&
        exportOverdue(settings.lastExportAt, new Date())
      );
    const totals = this.querySelector('[data-totals]');
    if (totals)
      totals.textContent = `${all.known} of ${all.total} known, ${all.review} to review, ${all.bookmarked} bookmarked.`;
    this.#table('[data-by-level]', progress, index.questions, 'difficulty');
    this.#table('[data-by-company]', progress, index.questions, 'company', 12);
    this.hidden = false;
  }

  /** Fills a table body with "label | known of total", largest groups first (or in level order). */
  #table(
    selector: string,
    progress: Progress,
    questions: readonly StudyQuestion[],
    facet: FacetKey,
    limit?: number,
  ): void {
    const body = this.querySelector(selector);
    if (!body) return;
    let rows = [...groupIds(questions, facet)];
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

  #termCounts(progress: Progress, questions: readonly StudyQuestion[], facet: FacetKey): void {
    const ids = groupIds(questions, facet, slugify);
    for (const item of document.querySelectorAll<HTMLElement>('[data-term]')) {
      const { known, total } = summarize(progress, ids.get(item.dataset.term ?? '') ?? []);
      markSpan(item).textContent = total > 0 ? ` · ${known} of ${total} known` : '';
    }
  }
}

customElements.define('study-overview', StudyOverview);
