/**
 * <page-toc>: marks the "On this page" link of the section being read (aria-current) and keeps
 * it in view inside the column. The links work as plain anchors without it.
 */
class PageToc extends HTMLElement {
  #links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  #current: HTMLAnchorElement | undefined;

  connectedCallback(): void {
    const targets = this.#links
      .map((link) => ({
        link,
        target: document.getElementById(decodeURIComponent(link.hash.slice(1))),
      }))
      .filter((t): t is { link: HTMLAnchorElement; target: HTMLElement } => t.target !== null);
    let ticking = false;
    const update = () => {
      ticking = false;
      // The last section whose top has passed a line a third of the way down the screen.
      const line = innerHeight / 3;
      let active = targets[0];
      for (const t of targets) {
        if (t.target.getBoundingClientRect().top <= line) active = t;
        else break;
      }
      this.#mark(active?.link);
    };
    addEventListener(
      'scroll',
      () => {
        if (!ticking) requestAnimationFrame(update);
        ticking = true;
      },
      { passive: true },
    );
    update();
  }

  #mark(link: HTMLAnchorElement | undefined): void {
    if (link === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    this.#current = link;
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    const column = this.closest<HTMLElement>('.toc-column');
    if (column && column.scrollHeight > column.clientHeight) {
      const top = link.offsetTop - column.clientHeight / 2;
      column.scrollTo({ top });
    }
  }
}

customElements.define('page-toc', PageToc);
