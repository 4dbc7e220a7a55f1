import { wireRunControls } from './example-run/run-controls.ts';

/**
 * <example-pair>: the original example and its TypeScript version, lines aligned. Side by side when
 * the pair has room (the same width as the CSS container query), tabs otherwise; a wrap toggle and
 * a copy button on each. Without JavaScript both simply show.
 */
const SIDE_BY_SIDE_PX = 56 * 16;

class ExamplePair extends HTMLElement {
  #tabbed: boolean | undefined;
  #tabs: HTMLButtonElement[] = [];
  #panels: HTMLElement[] = [];
  #status = document.createElement('span');

  connectedCallback(): void {
    this.#status.className = 'visually-hidden';
    this.#status.setAttribute('role', 'status');
    this.append(this.#status);
    this.#tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    this.#panels = this.#tabs
      .map((tab) => document.getElementById(tab.getAttribute('aria-controls') ?? ''))
      .filter((p): p is HTMLElement => p !== null);
    for (const button of this.querySelectorAll<HTMLButtonElement>('.copy-button')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#copy(button));
    }
    this.#tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => this.#select(index, false));
      tab.addEventListener('keydown', (event) => this.#onKey(event, index));
    });
    const tools = this.querySelector<HTMLElement>('.example-tools');
    const wrap = this.querySelector<HTMLButtonElement>('.wrap-toggle');
    if (tools && wrap) {
      tools.hidden = false;
      wrap.addEventListener('click', () => {
        const on = wrap.getAttribute('aria-pressed') !== 'true';
        wrap.setAttribute('aria-pressed', String(on));
        this.toggleAttribute('data-wrap', on);
      });
    }
    wireRunControls(this);
    this.#typesOnFirstUse();
    // Laid out at once, so a reader (or a test) never acts on the both-panels layout of a page
    // without JavaScript in the frame before the observer's first call.
    this.#layout();
    new ResizeObserver(() => this.#layout()).observe(this);
  }

  /** The types show by CSS alone; keyboard moves and Escape load with the first hover or focus. */
  #typesOnFirstUse(): void {
    const pre = this.querySelector<HTMLElement>('[data-version="tsVersion"] pre');
    if (!pre?.querySelector('.tt')) return;
    const load = () => void import('./type-hovers.ts').then((m) => m.wireTypeTargets(pre));
    pre.addEventListener('focusin', load, { once: true });
    pre.addEventListener('pointerover', load, { once: true });
  }

  /** Tabs on narrow screens; both panels, no tab semantics, on wide ones. */
  #layout(): void {
    const tabbed = this.clientWidth < SIDE_BY_SIDE_PX;
    if (tabbed === this.#tabbed) return;
    this.#tabbed = tabbed;
    this.#showFillers(!tabbed);
    this.toggleAttribute('data-tabbed', tabbed);
    const list = this.querySelector<HTMLElement>('[role="tablist"]');
    if (list) list.hidden = !tabbed;
    this.#panels.forEach((panel, i) => {
      if (tabbed) {
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('aria-labelledby', this.#tabs[i]?.id ?? '');
      } else {
        panel.removeAttribute('role');
        panel.removeAttribute('aria-labelledby');
        panel.hidden = false;
      }
    });
    if (tabbed)
      this.#select(
        Math.max(
          0,
          this.#tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true'),
        ),
        false,
      );
  }

  /** The blank lines that align the versions matter side by side only; one version at a time reads better without them. */
  #showFillers(show: boolean): void {
    for (const filler of this.querySelectorAll<HTMLElement>('.filler')) {
      const next = filler.nextSibling;
      const separator = next instanceof Text ? next : filler.previousSibling;
      if (separator instanceof Text) separator.data = show ? '\n' : '';
      filler.hidden = !show;
    }
  }

  #select(index: number, focus: boolean): void {
    this.#tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = this.#panels[i];
      if (panel) panel.hidden = !selected;
    });
    if (focus) this.#tabs[index]?.focus();
  }

  #onKey(event: KeyboardEvent, index: number): void {
    const last = this.#tabs.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#select(next, true);
  }

  async #copy(button: HTMLButtonElement): Promise<void> {
    // The blank lines that keep the two versions aligned are not part of the program.
    const pre = button.closest('.example-panel')?.querySelector('pre');
    const lines = [...(pre?.querySelectorAll('.line:not(.filler)') ?? [])];
    const code =
      lines.length > 0
        ? lines.map((line) => line.textContent).join('\n')
        : (pre?.textContent ?? '');
    const label = button.firstChild;
    const what =
      button
        .closest('.example-panel')
        ?.querySelector('.example-label')
        ?.textContent?.split(',')[0] ?? 'the';
    try {
      await navigator.clipboard.writeText(code);
      if (label) label.textContent = 'Copied';
      this.#status.textContent = `Copied the ${what} code`;
    } catch {
      if (label) label.textContent = 'Copy failed';
      this.#status.textContent = 'Copying failed: select the code and copy it by hand';
    }
    setTimeout(() => {
      if (label) label.textContent = 'Copy';
    }, 2000);
  }
}

customElements.define('example-pair', ExamplePair);
