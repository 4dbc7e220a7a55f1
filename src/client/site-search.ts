import { sitePath } from './base-path.ts';

/**
 * Keyboard shortcuts for search: "/" or Ctrl/Cmd+K focus the search box (the page's own on
 * /search/, the header's elsewhere). Focusing the header box starts fetching the search code.
 */
const input = () => document.querySelector<HTMLInputElement>('[data-search-input]');

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing =
    target?.closest('input, textarea, select, [contenteditable="true"]') !== null &&
    target !== null;
  const isSlash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const isCommandK =
    event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!isSlash && !isCommandK) return;
  const box = input();
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

let warmed = false;
document.querySelector('[data-header-search]')?.addEventListener('focusin', () => {
  if (warmed) return;
  warmed = true;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = sitePath('/pagefind/pagefind.js');
  document.head.append(link);
});
