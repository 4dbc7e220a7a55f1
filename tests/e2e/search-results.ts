import { expect, type Page } from '@playwright/test';

/** Waits for the search to settle, shows every result, and returns their paths. */
export async function allResults(page: Page): Promise<string[]> {
  const status = page.locator('[data-status]');
  await expect(status).not.toHaveText(/Searching|needs JavaScript/);
  const more = page.locator('[data-more]');
  const items = page.getByRole('list', { name: /results/i }).locator('a.result-title');
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect(items).not.toHaveCount(before);
  }
  return items.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
