/**
 * <facet-sheet>: on narrow screens the filters live in a sheet opened by "Filters (n)", so the
 * results come first. On wide screens the sheet is an ordinary column and the button is hidden.
 */
class FacetSheet extends HTMLElement {
  #open = false;

  connectedCallback(): void {
    const toggle = document.querySelector<HTMLButtonElement>('[data-filters-toggle]');
    const close = this.querySelector<HTMLButtonElement>('[data-filters-close]');
    const status = document.querySelector('[data-status]');
    if (!toggle || !close) return;
    toggle.hidden = false;
    toggle.addEventListener('click', () => this.#set(true, toggle));
    close.addEventListener('click', () => this.#set(false, toggle));
    this.querySelector('.sheet-scrim')?.addEventListener('click', () => this.#set(false, toggle));
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#open) this.#set(false, toggle);
    });
    // Counted after every search (the search sets the boxes from the URL without change events).
    const count = () => {
      const ticked = this.querySelectorAll('input[type="checkbox"]:checked').length;
      const label = toggle.querySelector('[data-filters-count]');
      if (label) label.textContent = ticked > 0 ? ` (${ticked})` : '';
      const results = close.querySelector('[data-filters-results]');
      if (results && status)
        results.textContent = status.textContent?.match(/^\d+ results?/)?.[0] ?? 'results';
    };
    if (status)
      new MutationObserver(count).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    this.addEventListener('change', count);
    count();
  }

  #set(open: boolean, toggle: HTMLButtonElement): void {
    this.#open = open;
    this.toggleAttribute('data-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    document.documentElement.toggleAttribute('data-sheet-open', open);
    // A modal dialog only while open on a narrow screen; an ordinary column otherwise.
    const panel = this.querySelector('.sheet-panel');
    if (open) panel?.setAttribute('role', 'dialog');
    else panel?.removeAttribute('role');
    panel?.toggleAttribute('aria-modal', open);
    if (open) this.querySelector<HTMLElement>('.sheet-title')?.focus();
    else toggle.focus();
  }
}

customElements.define('facet-sheet', FacetSheet);
