import { emptyProgress, mergeProgress, summarize } from '../../study/progress.ts';
import { dueIds } from '../../study/due.ts';
import { exportProgress, parseImport } from '../../study/transfer.ts';
import { canPersist, loadProgress, onProgressChange, saveProgress } from './store.ts';

/**
 * <progress-manager> on /progress/: totals, export to a JSON file, import one back (merge or
 * replace, validated first: a bad file changes nothing), and reset.
 */
class ProgressManager extends HTMLElement {
  connectedCallback(): void {
    this.hidden = false;
    this.#part('export')?.addEventListener('click', () => this.#export());
    this.#part('import-form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#import();
    });
    this.#part('reset')?.addEventListener('click', () => this.#part('reset-confirm')?.removeAttribute('hidden'));
    this.#part('reset-cancel')?.addEventListener('click', () => this.#part('reset-confirm')?.setAttribute('hidden', ''));
    this.#part('reset-yes')?.addEventListener('click', () => {
      saveProgress(emptyProgress());
      this.#part('reset-confirm')?.setAttribute('hidden', '');
      this.#message('All study progress in this browser was reset.', false);
    });
    onProgressChange(() => this.#render());
    this.#render();
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-${name}]`);
  }

  #render(): void {
    const progress = loadProgress();
    const { total, known, review, bookmarked } = summarize(progress);
    const stats = this.#part('stats');
    if (stats) {
      stats.textContent = `${total} question${total === 1 ? '' : 's'} with progress: ${known} known, ${review} to review, ${bookmarked} bookmarked, ${dueIds(progress).length} due today.`;
    }
    if (!canPersist()) this.#message('This browser is not keeping progress between visits (private mode or storage turned off). Export it before you close the tab.', true);
  }

  #export(): void {
    const blob = new Blob([exportProgress(loadProgress())], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `interview-prep-progress-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    this.#message('Progress exported. Keep the file to restore it in another browser.', false);
  }

  async #import(): Promise<void> {
    const file = this.#part<HTMLInputElement>('file')?.files?.[0];
    if (!file) return this.#message('Choose a progress file to import first.', true);
    const result = parseImport(await file.text());
    if (!result.ok) return this.#message(result.message, true);
    const mode = this.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')?.value ?? 'merge';
    saveProgress(mode === 'replace' ? result.progress : mergeProgress(loadProgress(), result.progress));
    this.#message(`Imported progress for ${result.count} question${result.count === 1 ? '' : 's'} (${mode === 'replace' ? 'replacing' : 'merged with'} what was here).`, false);
  }

  #message(text: string, isError: boolean): void {
    const status = this.#part('message');
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('is-error', isError);
  }
}

customElements.define('progress-manager', ProgressManager);
