/**
 * Remembers the guide or question read last (in this browser) and offers it on the home page as
 * "Continue where you left off". Pages opt in with `data-read-title` on `.page`.
 */
const KEY = 'interview-prep:last-read';
interface LastRead {
  url: string;
  title: string;
  guide: string;
}

const page = document.querySelector<HTMLElement>('.page[data-read-title]');
try {
  if (page) {
    const entry: LastRead = {
      url: location.pathname,
      title: page.dataset.readTitle ?? '',
      guide: page.dataset.readGuide ?? '',
    };
    localStorage.setItem(KEY, JSON.stringify(entry));
  }
  const slot = document.querySelector<HTMLElement>('[data-continue]');
  const raw = slot ? localStorage.getItem(KEY) : null;
  if (slot && raw) {
    const entry = JSON.parse(raw) as Partial<LastRead>;
    const link = slot.querySelector('a');
    // Only a path on this site: the stored value is the reader's own, but never trust it as a URL.
    if (
      link &&
      typeof entry.url === 'string' &&
      entry.url.startsWith('/') &&
      !entry.url.startsWith('//')
    ) {
      link.href = entry.url;
      link.textContent = String(entry.title ?? entry.url);
      const guide = slot.querySelector('[data-continue-guide]');
      if (guide)
        guide.textContent = entry.guide && entry.guide !== entry.title ? String(entry.guide) : '';
      slot.hidden = false;
    }
  }
} catch {
  // Storage blocked or a malformed entry: there is simply nothing to continue.
}
