import { expect, test } from '@playwright/test';

test.describe('a candidate reads without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home → guide → question → company page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const totals = page.locator('.totals');
    await expect(totals).toContainText('Guides');
    await expect(totals).toContainText('Questions');

    const firstGuide = page.locator('.guide-card h3 a').first();
    const guideTitle = (await firstGuide.textContent())?.trim() ?? '';
    await firstGuide.click();
    await expect(page.getByRole('heading', { level: 1, name: guideTitle })).toBeVisible();
    await expect(page.locator('.quick-read')).toBeVisible();
    const contents = page.getByRole('navigation', { name: 'Questions in this guide' });
    await expect(contents.getByRole('link').first()).toBeVisible();

    const question = page.locator('article.question').first();
    const questionTitle =
      (await question.locator('h3').textContent())?.replace(/^Question \d+:\s*/, '').trim() ?? '';
    await question.getByRole('link', { name: /on its own page/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: questionTitle })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Quick answer' })).toBeVisible();
    const questionPath = new URL(page.url()).pathname;
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: guideTitle }),
    ).toBeVisible();

    const company = page
      .getByRole('navigation', { name: 'Browse related questions' })
      .getByRole('link', { name: /^Asked at / })
      .first();
    const companyName = (await company.textContent())?.replace('Asked at', '').trim() ?? '';
    await company.click();
    await expect(page.getByRole('heading', { level: 1, name: companyName })).toBeVisible();
    const listed = page
      .getByRole('list', { name: `Questions: ${companyName}` })
      .locator(`a[href="${questionPath}"]`);
    await expect(listed).toHaveText(questionTitle);
  });

  test('an unknown address shows the 404 page', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('every page has landmarks, one h1 and labelled navigation', async ({ page }) => {
    for (const path of ['/', '/companies/', '/levels/']) {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    }
  });
});
