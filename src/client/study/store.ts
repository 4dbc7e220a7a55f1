import { readProgress, serializeProgress } from '../../study/progress.ts';
import type { Progress } from '../../study/schema.ts';
import { PROGRESS_KEY as KEY, REVIEWS_KEY, SETTINGS_KEY } from './storage-key.ts';

/** Where progress lives in the browser (KEY); read and validated on every load. */
const CHANGE = 'study-change';
let memory: string | null = null;
let storageWorks = true;
let noticeShown = false;

function readRaw(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    storageWorks = false;
    return memory;
  }
}

function writeRaw(text: string): void {
  try {
    localStorage.setItem(KEY, text);
  } catch {
    storageWorks = false;
    memory = text;
    showNotice(
      'This browser does not let the site save progress (private mode or full storage); marks last until you close the tab.',
    );
  }
}

/** The saved progress, validated; damaged data is repaired and stored back, with a notice once per page. */
export function loadProgress(): Progress {
  const result = readProgress(readRaw());
  if (result.changed) writeRaw(serializeProgress(result.progress));
  if (result.notice) showNotice(result.notice);
  return result.progress;
}

export function saveProgress(progress: Progress): void {
  writeRaw(serializeProgress(progress));
  notifyChange();
}

/** Tells every study part on the page that progress, settings or the review log changed. */
export function notifyChange(): void {
  document.dispatchEvent(new CustomEvent(CHANGE));
}

/** A save that must not fail silently (an import): either read back intact, or nothing changed. */
export type VerifiedSave = { ok: true } | { ok: false; message: string };

const NOT_SAVED = 'so the import was not saved. Nothing was changed.';

/**
 * Writes progress, then reads it back. On any failure the previous text is put back (a refused
 * `setItem` writes nothing, but a read-back mismatch might have), so storage is as it was.
 */
export function saveVerified(progress: Progress): VerifiedSave {
  const text = serializeProgress(progress);
  let before: string | null;
  try {
    before = localStorage.getItem(KEY);
  } catch {
    return {
      ok: false,
      message: `This browser does not let the site keep progress (private mode or storage turned off), ${NOT_SAVED}`,
    };
  }
  let why = 'the saved copy did not read back the same';
  try {
    localStorage.setItem(KEY, text);
    if (localStorage.getItem(KEY) === text) {
      document.dispatchEvent(new CustomEvent(CHANGE));
      return { ok: true };
    }
  } catch (error) {
    why =
      error instanceof DOMException && error.name === 'QuotaExceededError'
        ? `the browser's storage for this site is full (the progress needs about ${Math.ceil(text.length / 1024)} KB)`
        : 'the browser refused to store it';
  }
  try {
    if (localStorage.getItem(KEY) !== before) {
      if (before === null) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, before);
    }
    return { ok: false, message: `The import could not be saved: ${why}, ${NOT_SAVED}` };
  } catch {
    return {
      ok: false,
      message: `The import could not be saved: ${why}, and the progress saved before could not be put back. Export what this page shows before you leave it.`,
    };
  }
}

/** Loads, changes and saves in one step. */
export function changeProgress(change: (progress: Progress) => Progress): Progress {
  const next = change(loadProgress());
  saveProgress(next);
  return next;
}

/** Runs `listener` when progress changes in this page or another tab. */
export function onProgressChange(listener: () => void): void {
  document.addEventListener(CHANGE, listener);
  window.addEventListener('storage', (event) => {
    if (event.key === null || [KEY, SETTINGS_KEY, REVIEWS_KEY].includes(event.key)) listener();
  });
}

export function canPersist(): boolean {
  return storageWorks;
}

/** A polite, dismissible message at the top of the page. */
export function showNotice(text: string): void {
  if (noticeShown) return;
  noticeShown = true;
  const main = document.querySelector('main');
  if (!main) return;
  const notice = document.createElement('div');
  notice.className = 'study-notice';
  notice.setAttribute('role', 'status');
  const message = document.createElement('p');
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => notice.remove());
  notice.append(message, close);
  main.prepend(notice);
}
