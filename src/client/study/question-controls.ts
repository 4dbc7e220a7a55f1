import { updateQuestion } from '../../study/progress.ts';
import { entryFor } from '../../study/question-table.ts';
import type { StudyState } from '../../study/schema.ts';
import { untilNextReview } from '../../study/due.ts';
import { changeProgress, loadProgress, onProgressChange } from './store.ts';

/**
 * <study-controls data-question-id="express-js/q3">: New / Review / Known, a bookmark and a private
 * note for one question, saved in this browser. The markup is server-rendered and hidden until
 * this script shows it, so pages without JavaScript show no dead controls.
 */
class StudyControls extends HTMLElement {
  #id = '';
  #noteTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#id = this.dataset.questionId ?? '';
    for (const radio of this.#radios())
      radio.addEventListener('change', () =>
        this.#save(
          { state: radio.value as StudyState },
          `Marked ${radio.value === 'new' ? 'as new' : radio.value}`,
        ),
      );
    this.#bookmark()?.addEventListener('click', () => {
      const pressed = this.#bookmark()?.getAttribute('aria-pressed') !== 'true';
      this.#save({ bookmarked: pressed }, pressed ? 'Bookmarked' : 'Bookmark removed');
    });
    const note = this.#note();
    note?.addEventListener('input', () => {
      clearTimeout(this.#noteTimer);
      this.#say('Saving…');
      this.#noteTimer = setTimeout(() => this.#save({ note: note.value }, 'Note saved'), 400);
    });
    this.#adoptEarlyInput();
    onProgressChange(() => this.#render());
    this.#render();
    this.hidden = false;
    this.toggleAttribute('data-ready', true);
  }

  /** What the reader did before this script arrived (see loader.ts) is saved, not overwritten. */
  #adoptEarlyInput(): void {
    const bookmark = this.#bookmark();
    const pending = bookmark?.hasAttribute('data-pending-toggle') ?? false;
    bookmark?.removeAttribute('data-pending-toggle');
    if (entryFor(loadProgress(), this.#id)) return;
    const state = (this.#radios().find((r) => r.checked)?.value ?? 'new') as StudyState;
    const note = this.#note()?.value ?? '';
    if (state === 'new' && note === '' && !pending) return;
    changeProgress((progress) =>
      updateQuestion(progress, this.#id, { state, note, bookmarked: pending }),
    );
    this.#say(note !== '' ? 'Note saved' : pending ? 'Bookmarked' : `Marked ${state}`);
  }

  #radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  #bookmark(): HTMLButtonElement | null {
    return this.querySelector('[data-bookmark]');
  }

  #note(): HTMLTextAreaElement | null {
    return this.querySelector('textarea');
  }

  #save(change: Parameters<typeof updateQuestion>[2], message: string): void {
    changeProgress((progress) => updateQuestion(progress, this.#id, change));
    this.#say(message);
  }

  #say(message: string): void {
    const status = this.querySelector('[data-study-status]');
    if (status) status.textContent = message;
  }

  #render(): void {
    const entry = entryFor(loadProgress(), this.#id);
    const state = entry?.state ?? 'new';
    for (const radio of this.#radios()) radio.checked = radio.value === state;
    const bookmark = this.#bookmark();
    bookmark?.setAttribute('aria-pressed', String(entry?.bookmarked ?? false));
    const label = bookmark?.querySelector('[data-bookmark-label]');
    if (label) label.textContent = entry?.bookmarked ? 'Bookmarked' : 'Bookmark';
    const note = this.#note();
    if (note && document.activeElement !== note) note.value = entry?.note ?? '';
    // A saved note is shown; an empty one stays behind "Add a note".
    const noteBox = note?.closest('details');
    if (noteBox && note?.value) noteBox.open = true;
    const due = this.querySelector('[data-due]');
    if (due) due.textContent = entry?.card ? `Next review ${untilNextReview(entry.card.due)}.` : '';
  }
}

customElements.define('study-controls', StudyControls);
