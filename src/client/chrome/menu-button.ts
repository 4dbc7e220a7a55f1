/**
 * <menu-button>: on narrow screens, opens the sidebar (#site-menu) as a drawer. Without JavaScript
 * the header's plain "Menu" link jumps to the same sidebar, shown after the content.
 */
class MenuButton extends HTMLElement {
  #button = this.querySelector('button');
  #drawer = document.getElementById('site-menu');
  #scrim = document.createElement('div');

  connectedCallback(): void {
    if (!this.#button || !this.#drawer) return;
    // Like a docs sidebar: the current question is scrolled into the column's view.
    const current = this.#drawer.querySelector<HTMLElement>(
      '.sidebar-questions [aria-current="page"]',
    );
    if (current && current.offsetTop > this.#drawer.clientHeight * 0.6)
      this.#drawer.scrollTop = current.offsetTop - this.#drawer.clientHeight / 3;
    this.hidden = false;
    document.documentElement.dataset.menu = 'closed';
    this.#scrim.className = 'menu-scrim';
    this.#scrim.addEventListener('click', () => this.#set(false));
    document.body.append(this.#scrim);
    this.#button.addEventListener('click', () =>
      this.#set(this.#button?.getAttribute('aria-expanded') !== 'true'),
    );
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#open()) {
        this.#set(false);
        this.#button?.focus();
      }
    });
    // Following a link inside the drawer (an anchor on this page) closes it.
    this.#drawer.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) this.#set(false);
    });
    matchMedia('(min-width: 50rem)').addEventListener('change', () => this.#set(false));
  }

  #open(): boolean {
    return document.documentElement.dataset.menu === 'open';
  }

  #set(open: boolean): void {
    this.#button?.setAttribute('aria-expanded', String(open));
    document.documentElement.dataset.menu = open ? 'open' : 'closed';
    if (open)
      (
        this.#drawer?.querySelector<HTMLElement>('[aria-current="page"]') ??
        this.#drawer?.querySelector<HTMLElement>('a')
      )?.focus();
  }
}

customElements.define('menu-button', MenuButton);
