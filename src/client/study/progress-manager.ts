import { emptyProgress, mergeProgress, splitByIndex } from '../../study/progress.ts';
import { normalizeLog } from '../../study/review-log.ts';
import { exportOverdue } from '../../study/settings.ts';
import { download } from './download.ts';
import { changeSettings, loadLog, loadSettings, saveLog, saveSettings } from './extras-store.ts';
import { progressReport } from '../../study/progress-report.ts';
import {
  describeImport,
  exportProgress,
  IMPORT_MAX_BYTES,
  parseImport,
  tooLargeMessage,
} from '../../study/transfer.ts';
import { canPersist, loadProgress, onProgressChange, saveProgress, saveVerified } from './store.ts';
import { loadStudyIndex } from './study-index.ts';

/** The site's question ids, or undefined when the question list cannot be loaded. */
async function siteIds(): Promise<string[] | undefined> {
  const index = await loadStudyIndex().catch(() => undefined);
  return index?.questions.map((q) => q.id);
}

/**
 * <progress-manager> on /progress/: totals, export to a JSON file, import one back (merge or
 * replace, validated first: a bad file changes nothing, and success is said only once the saved
 * copy reads back), and reset.
 */
class ProgressManager extends HTMLElement {
  #askedToPersist = false;

  connectedCallback(): void {
    this.hidden = false;
    for (const button of this.querySelectorAll('[data-export]'))
      button.addEventListener('click', () => this.#export());
    this.#part('import-form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#import();
    });
    this.#part('reset')?.addEventListener('click', () =>
      this.#part('reset-confirm')?.removeAttribute('hidden'),
    );
    this.#part('reset-cancel')?.addEventListener('click', () =>
      this.#part('reset-confirm')?.setAttribute('hidden', ''),
    );
    this.#part('reset-yes')?.addEventListener('click', () => {
      saveProgress(emptyProgress());
      saveLog([]);
      this.#part('reset-confirm')?.setAttribute('hidden', '');
      this.#message('All study progress in this browser was reset.', false);
    });
    onProgressChange(() => void this.#render());
    void this.#render();
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-${name}]`);
  }

  async #render(): Promise<void> {
    const ids = await siteIds();
    const stats = this.#part('stats');
    if (stats)
      stats.textContent = ids
        ? progressReport(loadProgress(), ids)
        : 'The question list could not be loaded, so totals are not shown. Reload the page to try again.';
    await this.#keepSafe(
      ids !== undefined && splitByIndex(loadProgress(), new Set(ids)).known.length > 0,
    );
    if (!canPersist())
      this.#message(
        'This browser is not keeping progress between visits (private mode or storage turned off). Export it before you close the tab.',
        true,
      );
  }

  #export(): void {
    const now = new Date();
    const settings = changeSettings({ lastExportAt: now.toISOString() });
    download(
      exportProgress(loadProgress(), now, { settings, reviews: loadLog() }),
      `interview-prep-progress-${now.toISOString().slice(0, 10)}.json`,
      'application/json',
    );
    this.#message('Progress exported. Keep the file to restore it in another browser.', false);
  }

  async #import(): Promise<void> {
    const file = this.#part<HTMLInputElement>('file')?.files?.[0];
    if (!file) return this.#message('Choose a progress file to import first.', true);
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > IMPORT_MAX_BYTES)
      return this.#message(tooLargeMessage(file.size, IMPORT_MAX_BYTES), true);
    const ids = await siteIds();
    if (!ids)
      return this.#message(
        'The question list could not be loaded, so the file could not be checked. Nothing was changed. Reload the page to try again.',
        true,
      );
    const result = parseImport(await file.text(), new Set(ids));
    if (!result.ok) return this.#message(result.message, true);
    const mode =
      this.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')?.value === 'replace'
        ? 'replace'
        : 'merge';
    const saved = saveVerified(
      mode === 'replace' ? result.progress : mergeProgress(loadProgress(), result.progress),
    );
    if (!saved.ok) return this.#message(saved.message, true);
    saveLog(mode === 'replace' ? result.reviews : normalizeLog([...loadLog(), ...result.reviews]));
    if (result.settings)
      saveSettings(
        mode === 'replace'
          ? result.settings
          : {
              ...result.settings,
              ...loadSettings(),
              interviewDate: loadSettings().interviewDate ?? result.settings.interviewDate,
            },
      );
    this.#message(describeImport(result.known, result.unknown, mode), false);
  }

  /** Asks the browser to keep this site's storage, says whether it will, and offers an overdue export. */
  async #keepSafe(hasProgress: boolean): Promise<void> {
    const status = this.#part('persist');
    if (status && navigator.storage?.persist) {
      // Asked at most once a page: some browsers show a prompt for it.
      const ask = hasProgress && !this.#askedToPersist;
      if (ask) this.#askedToPersist = true;
      const kept =
        (await navigator.storage.persisted()) || (ask && (await navigator.storage.persist()));
      status.textContent = kept
        ? 'This browser has agreed to keep your progress: it will not clear it to free space.'
        : 'This browser has not agreed to keep your progress for good (some, like Safari, clear it after seven days without a visit). Export it now and then.';
    } else if (status)
      status.textContent =
        'This browser cannot be asked to keep your progress. Export it now and then.';
    const reminder = this.#part('export-reminder');
    const last = loadSettings().lastExportAt;
    if (reminder) reminder.hidden = !(hasProgress && exportOverdue(last, new Date()));
    const lastText = this.#part('last-export');
    if (lastText)
      lastText.textContent = last
        ? `Last exported ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(last))}.`
        : 'Not exported yet.';
  }

  #message(text: string, isError: boolean): void {
    const status = this.#part('message');
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('is-error', isError);
  }
}

customElements.define('progress-manager', ProgressManager);
