import { summarize } from '../../study/progress.ts';
import { entryFor } from '../../study/question-table.ts';
import { loadProgress, onProgressChange } from './store.ts';
import { markSpan, markText, passes, PROGRESS_FILTERS } from './marks.ts';

/**
 * <study-list> around a list whose items carry `data-question-id`: marks each item with the
 * candidate's progress, shows "N of M known", and (unless `data-filters="off"`) offers the
 * Review / Bookmarked / Not yet known filters.
 */
class StudyList extends HTMLElement {
  #items: HTMLElement[] = [];
  #filters: string[] = [];
  #summary = document.createElement('p');

  connectedCallback(): void {
    this.#items = [...this.querySelectorAll<HTMLElement>('[data-question-id]')];
    this.#summary.className = 'study-summary';
    this.#summary.setAttribute('role', 'status');
    const bar = document.createElement('div');
    bar.className = 'study-list-bar';
    bar.append(this.#summary);
    if (this.dataset.filters !== 'off') bar.append(this.#filterGroup());
    this.prepend(bar);
    onProgressChange(() => this.#render());
    this.#render();
  }

  #filterGroup(): HTMLFieldSetElement {
    const group = document.createElement('fieldset');
    group.className = 'study-filters';
    const legend = document.createElement('legend');
    legend.textContent = 'Show only';
    group.append(legend);
    for (const filter of PROGRESS_FILTERS) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = filter.value;
      box.addEventListener('change', () => {
        this.#filters = [...group.querySelectorAll<HTMLInputElement>('input:checked')].map(
          (b) => b.value,
        );
        this.#render();
      });
      label.append(box, ` ${filter.label}`);
      group.append(label);
    }
    return group;
  }

  #render(): void {
    const progress = loadProgress();
    let shown = 0;
    for (const item of this.#items) {
      const entry = entryFor(progress, item.dataset.questionId ?? '');
      const mark = markSpan(item);
      const text = markText(entry);
      mark.textContent = text ? ` ${text}` : '';
      mark.dataset.state = entry?.state ?? 'new';
      const visible = passes(entry, this.#filters);
      item.hidden = !visible;
      if (visible) shown++;
    }
    const { total, known, review } = summarize(
      progress,
      this.#items.map((i) => i.dataset.questionId ?? ''),
    );
    const filtered = this.#filters.length > 0 ? ` Showing ${shown} of ${total}.` : '';
    this.#summary.textContent = `Your progress: ${known} of ${total} known, ${review} to review.${filtered}`;
  }
}

customElements.define('study-list', StudyList);
