import { expect, type Page } from '@playwright/test';

/** A search loads Pagefind's WASM, index chunks and a fragment per result: over 5 s with a core busy. */
export const SEARCH_SETTLES_MS = 30_000;

/** Waits for the search to settle, shows every result, and returns their paths. */
export async function allResults(page: Page): Promise<string[]> {
  const status = page.locator('[data-status]');
  // A page without the search status (a click that has not navigated yet) must not pass as settled.
  await expect(status).toBeAttached({ timeout: SEARCH_SETTLES_MS });
  await expect(status).not.toHaveText(/Searching|needs JavaScript/, { timeout: SEARCH_SETTLES_MS });
  const more = page.locator('[data-more]');
  const items = page.getByRole('list', { name: /results/i }).locator('a.result-title');
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect(items).not.toHaveCount(before, { timeout: SEARCH_SETTLES_MS });
  }
  return items.evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}
