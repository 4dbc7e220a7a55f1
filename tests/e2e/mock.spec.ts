import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type BrowserContext, type Page, test } from '@playwright/test';
import { PRECACHE_MS, untilOfflineReady } from './offline-ready.ts';
import { questions } from './site-data.ts';
import { normaliseOutput } from '../../src/examples/normalise-output.ts';
import { PredictIndexSchema } from '../../src/mock/records.ts';

const PROGRESS_KEY = 'interview-prep.progress';
const predict = PredictIndexSchema.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/mock/predict.json'), 'utf8')),
);

async function goOffline(page: Page, context: BrowserContext): Promise<void> {
  await untilOfflineReady(page, '/');
  await context.setOffline(true);
}

async function storedCards(page: Page): Promise<Record<string, { state: string; card?: unknown }>> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw
      ? (JSON.parse(raw) as { questions: Record<string, { state: string }> }).questions
      : {};
  }, PROGRESS_KEY);
}

test('a whole mock round offline: hidden level and companies, timers, answers kept, grades saved', async ({
  page,
  context,
}) => {
  test.setTimeout(PRECACHE_MS + 120_000);
  await goOffline(page, context);
  await page.clock.install({ time: new Date('2026-11-30T09:00:00Z') });
  await page.goto('/mock/?seed=11');

  await page.getByRole('button', { name: /^15 minutes/ }).click();
  const card = page.locator('[data-card]');
  await expect(card).toBeVisible();
  await expect(card.locator('[data-position]')).toHaveText('Question 1 of 2');
  const questionClock = page.getByRole('timer', { name: 'This question' });
  const roundClock = page.getByRole('timer', { name: 'Round' });
  await expect(questionClock).toHaveText('7:30');
  await expect(roundClock).toHaveText('15:00');

  // Level and companies stay hidden: the card shows none the title itself does not name.
  const firstTitle = (await card.locator('[data-title]').textContent()) ?? '';
  const first = questions.find((q) => q.title === firstTitle);
  expect(first, `drawn question "${firstTitle}" is in the bank`).toBeDefined();
  const shown = (await card.textContent()) ?? '';
  for (const hidden of [first?.level ?? '', ...(first?.companies ?? [])])
    if (!firstTitle.includes(hidden)) expect(shown).not.toContain(hidden);

  // Time passes on the injected clock; the live region speaks at halfway, not every second.
  await page.clock.runFor('02:31');
  await expect(questionClock).toHaveText('4:59');
  await expect(page.locator('[data-live]')).toHaveText('5 minutes left for this question.');
  await page.clock.runFor('01:15');
  await expect(questionClock).toHaveText('3:44');
  await expect(roundClock).toHaveText('11:14');
  await expect(page.locator('[data-live]')).toHaveText(/Halfway through this question/);

  // The answer is kept in the browser across a reload, and the round resumes where it was.
  await card.getByLabel(/Your answer/).fill('Explain the trade-off, then give numbers.');
  await page.reload();
  await expect(card.locator('[data-title]')).toHaveText(firstTitle);
  await expect(card.getByLabel(/Your answer/)).toHaveValue(
    'Explain the trade-off, then give numbers.',
  );

  // Reveal, then grade by keyboard alone.
  await card.getByRole('button', { name: 'Reveal the answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.locator('[data-reveal-part]')).toBeVisible();
  await expect(card.locator('[data-quick]')).not.toBeEmpty();
  await expect(card.locator('[data-points] li').first()).toBeVisible();
  await page.keyboard.press('3');
  await expect(card.locator('[data-position]')).toHaveText('Question 2 of 2');
  const secondTitle = (await card.locator('[data-title]').textContent()) ?? '';
  expect(secondTitle).not.toBe(firstTitle);
  await card.getByRole('button', { name: 'Reveal the answer' }).click();
  await card.getByRole('button', { name: /^Hard/ }).click();

  const summary = page.locator('[data-summary]');
  await expect(summary).toBeVisible();
  await expect(summary.locator('[data-summary-text]')).toContainText('2 of 2 graded');
  await expect(summary.locator('li').filter({ hasText: firstTitle })).toContainText('Good');
  await expect(summary.locator('li').filter({ hasText: secondTitle })).toContainText('Hard');
  await expect(summary.getByText('Explain the trade-off, then give numbers.')).toBeAttached();

  // The summary can be come back to, and the grades are in the study schedule.
  await page.reload();
  await expect(page.locator('[data-summary]')).toBeVisible();
  await expect(page.locator('[data-summary-text]')).toContainText('15 minutes');
  const ids = [first, questions.find((q) => q.title === secondTitle)].map((q) => {
    const match = /^\/guides\/([^/]+)\/(\d+)-/.exec(q?.path ?? '');
    return `${match?.[1]}/q${match?.[2]}`;
  });
  const cards = await storedCards(page);
  for (const id of ids) expect(cards[id]?.card, `FSRS card for ${id}`).toBeDefined();
  await page.goto('/mock/');
  await expect(page.locator('[data-past-list] li')).toHaveCount(1);
  await context.setOffline(false);
});

test('a prediction drill offline marks right lines right and a wrong line wrong, and grades it', async ({
  page,
  context,
}) => {
  test.setTimeout(PRECACHE_MS + 120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await goOffline(page, context);
  await page.goto('/mock/?seed=5');
  await page.getByRole('button', { name: /Start a drill/ }).click();
  const card = page.locator('[data-card]');
  await expect(card.locator('[data-position]')).toHaveText('Example 1 of 3');
  const codeLabel = (await card.locator('pre.mock-code').getAttribute('aria-label')) ?? '';
  // Long code lines scroll inside the code box; the page itself never scrolls sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const example = predict.examples.find((e) => codeLabel === `Code of ${e.id}`);
  expect(example, codeLabel).toBeDefined();
  if (!example) return;
  expect(await card.textContent()).not.toContain(normaliseOutput(example.output).split('\n')[0]);

  // Every line as recorded, except the last, which gets another line's text (or a wrong value).
  const lines = normaliseOutput(example.output).split('\n');
  const wrong = lines.find((l) => l !== lines.at(-1)) ?? 'not what it prints';
  for (const [i, line] of lines.entries()) {
    const field = card.getByLabel(`Line ${i + 1}`, { exact: true });
    const value = i === lines.length - 1 ? wrong : line;
    if (example.mode === 'order') await field.selectOption(value);
    else await field.fill(value);
  }
  await card.getByRole('button', { name: 'Check my prediction' }).click();
  const results = card.locator('.predict-results > li');
  await expect(results).toHaveCount(lines.length);
  for (let i = 0; i < lines.length - 1; i++) await expect(results.nth(i)).toContainText('✓ Right');
  await expect(results.last()).toContainText('✗ Wrong');
  await expect(results.last()).toContainText(lines.at(-1) ?? '');
  await expect(card.locator('.predict-result h3')).toHaveText(
    `${lines.length - 1} of ${lines.length} lines right`,
  );

  // The live region speaks once the grade is saved in the study schedule.
  await expect(page.locator('[data-live]')).toContainText(
    lines.length - 1 >= lines.length / 2 ? 'Graded Hard' : 'Graded Again',
  );
  const cards = await storedCards(page);
  expect(cards[example.questionId]?.card, `FSRS card for ${example.questionId}`).toBeDefined();
  await context.setOffline(false);
});

test('a drill of one example opens from its address', async ({ page }) => {
  const example = predict.examples.find((e) => e.mode === 'order') ?? predict.examples[0];
  await page.goto(`/mock/?predict=${encodeURIComponent(example?.id ?? '')}`);
  const card = page.locator('[data-card]');
  await expect(card.locator('[data-position]')).toHaveText('Example 1 of 1');
  await expect(card.locator('pre.mock-code')).toHaveAttribute(
    'aria-label',
    `Code of ${example?.id}`,
  );
  await expect(card.getByLabel('Line 1', { exact: true })).toBeVisible();
});
