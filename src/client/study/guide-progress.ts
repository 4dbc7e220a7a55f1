import { summarize } from '../../study/progress.ts';
import { loadProgress, onProgressChange } from './store.ts';

/** <study-progress data-guide="express-js" data-total="10">: "3 of 10 known" for one guide. */
class GuideProgress extends HTMLElement {
  connectedCallback(): void {
    onProgressChange(() => this.#render());
    this.#render();
    this.hidden = false;
  }

  #render(): void {
    const prefix = `${this.dataset.guide ?? ''}/q`;
    const total = Number(this.dataset.total ?? 0);
    const progress = loadProgress();
    const { known, review } = summarize(progress, Object.keys(progress.questions).filter((id) => id.startsWith(prefix)));
    this.textContent = `Your progress: ${known} of ${total} known${review > 0 ? `, ${review} to review` : ''}`;
  }
}

customElements.define('study-progress', GuideProgress);
