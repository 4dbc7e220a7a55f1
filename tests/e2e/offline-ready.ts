import { expect, type Page } from '@playwright/test';

/**
 * How long one visit may take to let the service worker precache the site: 1,000+ files, about
 * 50 s in CI with both workers busy, minutes on a saturated machine. A test that waits for it has
 * this on top of its own budget.
 */
export const PRECACHE_MS = 180_000;

/**
 * Opens `url` and waits until the service worker has precached the site ("Available offline")
 * and controls the page, reloaded; the network can then be cut. Returns the worker's scope.
 */
export async function untilOfflineReady(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect(page.locator('[data-pwa-status]')).toContainText('Available offline', {
    timeout: PRECACHE_MS,
  });
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  return scope;
}
