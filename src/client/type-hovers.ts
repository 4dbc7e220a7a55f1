/**
 * Keyboard and screen-reader access to a TypeScript pane's types, loaded on first use: the pane is
 * one tab stop (its first identifier); arrow keys move between identifiers (Left/Right along the
 * code, Up/Down to the nearest on the line above or below, Home/End to the line's ends); the
 * focused identifier's type is its description; Escape hides the popup (WCAG 1.4.13).
 */
export function wireTypeTargets(pre: HTMLElement): void {
  const targets = [...pre.querySelectorAll<HTMLElement>('.tt')];
  if (targets.length === 0 || pre.dataset.typesWired) return;
  pre.dataset.typesWired = '';
  for (const target of targets) if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  const tooltip = document.createElement('span');
  tooltip.id = `${pre.closest('.example-panel')?.id ?? 'code'}-type`;
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  pre.after(tooltip);

  pre.addEventListener('focusin', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.classList.contains('tt')) return;
    tooltip.textContent = target.dataset.type ?? '';
    target.setAttribute('aria-describedby', tooltip.id);
    for (const other of targets) other.tabIndex = other === target ? 0 : -1;
  });
  pre.addEventListener('focusout', (event) => {
    if (event.target instanceof HTMLElement) event.target.removeAttribute('data-dismissed');
  });
  pre.addEventListener('pointerout', (event) => {
    if (event.target instanceof HTMLElement && event.target !== document.activeElement)
      event.target.removeAttribute('data-dismissed');
  });
  pre.addEventListener('keydown', (event) => {
    const current = event.target;
    if (!(current instanceof HTMLElement) || !current.classList.contains('tt')) return;
    const next = targetFor(event.key, current, targets);
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
  // The focus that loaded this module came before its listener.
  document.activeElement?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const target of pre.querySelectorAll<HTMLElement>('.tt:hover, .tt:focus'))
      target.setAttribute('data-dismissed', '');
  });
}

function targetFor(
  key: string,
  current: HTMLElement,
  targets: HTMLElement[],
): HTMLElement | undefined {
  const index = targets.indexOf(current);
  const line = current.closest('.line');
  const onLine = targets.filter((t) => t.closest('.line') === line);
  switch (key) {
    case 'ArrowRight':
      return targets[index + 1];
    case 'ArrowLeft':
      return targets[index - 1];
    case 'Home':
      return onLine[0];
    case 'End':
      return onLine.at(-1);
    case 'ArrowDown':
    case 'ArrowUp':
      return nearestOnNextLine(current, targets, key === 'ArrowDown' ? 1 : -1);
    default:
      return undefined;
  }
}

/** The identifier on the nearest line above or below that has any, closest in horizontal position. */
function nearestOnNextLine(
  current: HTMLElement,
  targets: HTMLElement[],
  step: 1 | -1,
): HTMLElement | undefined {
  const line = current.closest('.line');
  let index = targets.indexOf(current) + step;
  while (targets[index] && targets[index]?.closest('.line') === line) index += step;
  const other = targets[index]?.closest('.line');
  if (!other) return undefined;
  const x = current.getBoundingClientRect().left;
  const candidates = targets.filter((t) => t.closest('.line') === other);
  return candidates.reduce((best, t) =>
    Math.abs(t.getBoundingClientRect().left - x) < Math.abs(best.getBoundingClientRect().left - x)
      ? t
      : best,
  );
}
