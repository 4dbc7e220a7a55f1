import { PROGRESS_KEY, SETTINGS_KEY } from './storage-key.ts';

/**
 * Loads the study tools (about 14 KB gzip, zod included) only when a page needs them: when progress is
 * saved, on the practice and progress pages, or the moment a reader first touches a study control.
 * Until then a first visit loads none of it; the controls' server-rendered defaults are correct for
 * a reader with no progress.
 */
const load = () => void import('./boot.ts');

function hasSavedProgress(): boolean {
  try {
    return (
      localStorage.getItem(PROGRESS_KEY) !== null || localStorage.getItem(SETTINGS_KEY) !== null
    );
  } catch {
    return false;
  }
}

if (hasSavedProgress() || document.querySelector('practice-session, progress-manager')) {
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 1500 });
  else setTimeout(load, 300);
} else if (document.querySelector('study-controls')) {
  for (const controls of document.querySelectorAll<HTMLElement>('study-controls'))
    controls.hidden = false;
  const first = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest('study-controls')) return;
    for (const type of ['pointerdown', 'focusin', 'keydown'])
      document.removeEventListener(type, first, true);
    load();
  };
  for (const type of ['pointerdown', 'focusin', 'keydown'])
    document.addEventListener(type, first, true);
  // A bookmark clicked before its script arrived is remembered and applied when it does.
  document.addEventListener(
    'click',
    (event) => {
      const button =
        event.target instanceof Element
          ? event.target.closest<HTMLElement>('study-controls:not([data-ready]) [data-bookmark]')
          : null;
      if (button) button.toggleAttribute('data-pending-toggle');
    },
    true,
  );
}
