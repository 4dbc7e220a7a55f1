import { expect, test } from '@playwright/test';
import { guides, questions } from './site-data.ts';

const guide = guides[0];
const question = questions[0];

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header is one line, and the first company result shows without scrolling', async ({
    page,
  }) => {
    await page.goto('/search/?company=Google');
    const first = page.locator('.result').first();
    await expect(first.locator('a.result-title')).toBeInViewport();
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    await expect(page.getByRole('button', { name: /^Filters \(1\)$/ })).toBeVisible();
    await expect(page.locator('.facet[data-facet="company"]')).toBeHidden();
  });

  test('"Filters (n)" opens the filters in a sheet; Escape closes it', async ({ page }) => {
    await page.goto('/search/?company=Google');
    await expect(page.locator('.result').first()).toBeVisible();
    await page.getByRole('button', { name: /^Filters/ }).click();
    const company = page.locator('input[name="company"][value="Google"]');
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeInViewport();
    await expect(company).toBeVisible();
    await expect(company).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(company).toBeHidden();
  });

  test("the menu button opens the sidebar as a drawer with the guide's questions", async ({
    page,
  }) => {
    await page.goto(question?.path ?? '/');
    const drawer = page.locator('#site-menu');
    await expect(drawer).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(drawer.getByRole('link', { name: question?.title ?? '' })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
  });

  test('the drawer fits the screen and scrolls to its last guide', async ({ page }) => {
    await page.goto(question?.path ?? '/');
    await page.getByRole('button', { name: 'Menu' }).click();
    const drawer = page.locator('#site-menu');
    const box = await drawer.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(844);
    const last = drawer.locator('.sidebar-guides li a').last();
    const href = (await last.getAttribute('href')) ?? '';
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await last.click();
    await expect(page).toHaveURL((url) => url.pathname === href);
  });

  test('no keyboard hints on a touch screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.search-hint')).toBeHidden();
  });
});

test.describe('on a 1280 px screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('"On this page" stays in view after scrolling 5,000 px and marks the section being read', async ({
    page,
  }) => {
    await page.goto(`/guides/${guide?.slug}/`);
    await page.mouse.wheel(0, 5000);
    await page.waitForFunction(() => window.scrollY >= 4900);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeInViewport();
    await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
    await expect(
      page.getByRole('navigation', { name: 'Questions in this guide' }),
    ).toBeInViewport();
  });

  test('long filters list their most common values first, with a filter box and "Show all"', async ({
    page,
  }) => {
    await page.goto('/search/');
    const companies = page.locator('.facet[data-facet="company"]');
    const counts = (await companies.locator('[data-count]').allTextContents()).map(Number);
    expect(counts.length).toBeGreaterThan(8);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    await expect(companies.locator('li:visible')).toHaveCount(8);
    await companies.getByRole('button', { name: /^Show all/ }).click();
    await expect(companies.locator('li:visible')).toHaveCount(counts.length);
    const name = (await companies.locator('li label').last().textContent())?.split(/\s/)[0] ?? '';
    await companies.getByRole('searchbox').fill(name);
    await expect(companies.locator('li:visible').first()).toContainText(name);
  });
});

test('a printed guide leaves out the chrome, study controls and practice links', async ({
  page,
}) => {
  await page.goto(`/guides/${guide?.slug}/`);
  await page.emulateMedia({ media: 'print' });
  for (const selector of [
    '.site-header',
    '.sidebar',
    '.toc-column',
    '.practice-link',
    'study-controls',
    '.site-footer',
  ]) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('pre.code').first()).toHaveCSS('white-space', 'pre-wrap');
});
