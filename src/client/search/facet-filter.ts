import { FACET_VISIBLE } from '../../components/search/facet-order.ts';

/**
 * <facet-filter> around one filter's fieldset: a long list shows its most common values (and any
 * ticked one) until "Show all"; its filter box narrows the list by name. Without JavaScript the
 * whole list shows.
 */
class FacetFilter extends HTMLElement {
  #expanded = false;
  #query = '';

  connectedCallback(): void {
    const more = this.querySelector<HTMLButtonElement>('.facet-more');
    const box = this.querySelector<HTMLInputElement>('[data-facet-search]');
    if (!more || !box) return;
    this.toggleAttribute('data-long', true);
    more.hidden = false;
    (box.parentElement as HTMLElement).hidden = false;
    more.addEventListener('click', () => {
      this.#expanded = !this.#expanded;
      this.#render();
    });
    box.addEventListener('input', () => {
      this.#query = box.value.trim().toLowerCase();
      this.#render();
    });
    // The filter box is not part of the search: keep its edits out of the form.
    box.addEventListener('change', (event) => event.stopPropagation());
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault();
    });
    this.addEventListener('change', () => this.#render());
    // The search ticks boxes from the URL without change events; each search's status follows them.
    const status = document.querySelector('[data-status]');
    if (status)
      new MutationObserver(() => this.#render()).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    this.#render();
  }

  #render(): void {
    const items = [...this.querySelectorAll<HTMLLIElement>('li')];
    let matches = 0;
    items.forEach((item, i) => {
      const box = item.querySelector('input');
      const label = item.querySelector('label')?.textContent?.toLowerCase() ?? '';
      const visible =
        this.#query !== ''
          ? label.includes(this.#query)
          : this.#expanded || i < FACET_VISIBLE || box?.checked === true;
      if (visible) matches++;
      item.hidden = !visible;
    });
    const more = this.querySelector<HTMLButtonElement>('.facet-more');
    if (!more) return;
    more.hidden = this.#query !== '';
    more.setAttribute('aria-expanded', String(this.#expanded));
    more.textContent = this.#expanded ? 'Show fewer' : `Show all ${items.length}`;
    this.toggleAttribute('data-no-match', this.#query !== '' && matches === 0);
  }
}

customElements.define('facet-filter', FacetFilter);
