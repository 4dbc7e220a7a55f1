import type { WeakSpot } from '../../study/stats.ts';

// Small DOM builders for the progress dashboard: tables and lists a screen reader reads as such.

export function cell(tag: 'th' | 'td', text: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (tag === 'th') (element as HTMLTableCellElement).scope = 'row';
  return element;
}

export function row(...cells: HTMLTableCellElement[]): HTMLTableRowElement {
  const element = document.createElement('tr');
  element.append(...cells);
  return element;
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/** `Mon 30 Nov` for a `YYYY-MM-DD` local day. */
export function dayLabel(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  return dayFormat.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** Shade 0–4 for a day's reviews, like a contribution graph. */
export function shade(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

/** A cell with a bar as wide as its share of `max`, and the number written beside it. */
export function barCell(count: number, max: number): HTMLTableCellElement {
  const element = document.createElement('td');
  const bar = document.createElement('span');
  bar.className = 'bar';
  bar.style.setProperty('--share', String(max === 0 ? 0 : count / max));
  const value = document.createElement('span');
  value.className = 'bar-value';
  value.textContent = String(count);
  element.append(bar, value);
  return element;
}

export function weakList(spots: readonly WeakSpot[], empty: string): HTMLElement {
  if (spots.length === 0) {
    const p = document.createElement('p');
    p.textContent = empty;
    return p;
  }
  const list = document.createElement('ol');
  for (const spot of spots) {
    const item = document.createElement('li');
    item.textContent = `${spot.label}: ${Math.round(spot.recall * 100)}% likely recalled now (${spot.practised} practised)`;
    list.append(item);
  }
  return list;
}
