import { summarize } from '../../study/progress.ts';
import { loadStudyIndex } from './study-index.ts';
import { loadProgress, onProgressChange } from './store.ts';

/**
 * <study-progress data-guide="express-js" data-total="10">: "3 of 10 known" for one guide,
 * counted over the guide's questions in the site's index, so saved ids it lacks never count.
 */
class GuideProgress extends HTMLElement {
  #ids: string[] = [];

  connectedCallback(): void {
    void loadStudyIndex()
      .then((index) => {
        this.#ids = index.questions.filter((q) => q.guide === this.dataset.guide).map((q) => q.id);
        onProgressChange(() => this.#render());
        this.#render();
        this.hidden = false;
      })
      .catch(() => undefined);
  }

  #render(): void {
    const { known, review, total } = summarize(loadProgress(), this.#ids);
    this.textContent = `Your progress: ${known} of ${total} known${review > 0 ? `, ${review} to review` : ''}`;
  }
}

customElements.define('study-progress', GuideProgress);
