import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { questions } from './site-data.ts';

// The clock is fixed, so "today", the plan and the forecast are the same on every run.
const NOW = new Date('2026-11-30T09:00:00Z');
const DAY = '2026-11-30';
test.use({ timezoneId: 'UTC' });
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

async function gradeCards(page: Page, count: number, key = '3') {
  for (let i = 1; i <= count; i++) {
    await expect(page.locator('[data-position]')).toHaveText(new RegExp(`^Question ${i} of`));
    await page.keyboard.press('Space');
    await expect(page.locator('[data-quick]')).toBeVisible();
    await page.keyboard.press(key);
  }
}

test('a fresh browser starts a session at once; a reveal scrolls to and focuses what it shows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/practice/');
  await expect(page.locator('[data-position]')).toHaveText('Question 1 of 10');
  await expect(page.locator('[data-title]')).toBeFocused();
  await expect(page.locator('[data-summary]')).toContainText(
    `${questions.length} questions match (all questions): 0 due, 10 new for today.`,
  );
  await page.keyboard.press('Space');
  await expect(page.locator('[data-quick]')).toBeFocused();
  await expect(page.locator('[data-quick] h3')).toBeInViewport();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-detail]')).toBeFocused();
  await expect(page.locator('[data-detail] h3')).toBeInViewport();
});

test('?size=5 runs five cards and ends with a summary; counts update at once', async ({ page }) => {
  await page.goto('/practice/?size=5');
  await expect(page.locator('[data-position]')).toHaveText('Question 1 of 5');
  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  for (let i = 2; i <= 5; i++) {
    await expect(page.locator('[data-position]')).toHaveText(`Question ${i} of 5`);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
  }
  await expect(page.getByRole('heading', { name: 'Session finished' })).toBeFocused();
  await expect(page.locator('[data-result]')).toHaveText(
    'You practised 5 questions: 0 Again, 0 Hard, 4 Good, 1 Easy.',
  );
  const rows = page.locator('[data-summary-rows] tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0)).toContainText('Easy');
  await expect(rows.nth(0)).toContainText('in 8 days');
  await expect(rows.nth(1)).toContainText('Good');
  await expect(rows.nth(1)).toContainText('in 10 minutes');
  // Nothing graded is due right after the session, and today still offers five new questions.
  await page.goto('/');
  await expect(page.locator('[data-today]')).toHaveText(
    'Today: 0 reviews and 5 new questions (about 15 min).',
  );
  const states = await page.evaluate(() =>
    Object.values(
      (
        JSON.parse(localStorage.getItem('interview-prep.progress') ?? '{}') as {
          questions: Record<string, { state: string }>;
        }
      ).questions,
    ).map((e) => e.state),
  );
  expect(states).toEqual(['review', 'review', 'review', 'review', 'review']);
});

test('an interview ten days ahead: the plan brings every question in before the date', async ({
  page,
}) => {
  const total = questions.length;
  const perDay = Math.ceil(total / 8);
  await page.goto('/progress/');
  const plan = page.locator('study-plan');
  await plan.getByLabel('Interview date').fill('2026-12-10');
  await plan.getByLabel('Minutes a day').fill('120');
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(plan.locator('[data-plan-summary]')).toHaveText(
    new RegExp(
      `^Interview in 10 days\\. Today: 0 reviews and ${perDay} new questions .* ${total} questions still new, ${perDay} a day\\.`,
    ),
  );
  // Eight days of new questions (30 Nov – 7 Dec), then two days of sweeping before 10 Dec.
  await expect(plan.locator('[data-plan-finish]')).toHaveAttribute(
    'data-last-new-day',
    '2026-12-07',
  );
  await page.goto('/');
  await expect(page.locator('[data-today]')).toContainText('Interview in 10 days');
  await page.goto('/practice/?size=all');
  await expect(page.locator('[data-position]')).toHaveText(`Question 1 of ${perDay}`);
});

test('after grading, the heatmap shows the reviews and the forecast changes', async ({ page }) => {
  await page.goto('/progress/');
  const today = page.locator(`[data-heatmap] [data-day="${DAY}"]`);
  await expect(today).toHaveAttribute('data-count', '0');
  const forecastToday = page.locator('[data-forecast] tr').first();
  await expect(forecastToday).toContainText('0');
  await expect(page.locator('[data-log] tr')).toHaveCount(0);
  await page.goto('/practice/?size=3');
  await gradeCards(page, 3, '3');
  await expect(page.getByRole('heading', { name: 'Session finished' })).toBeVisible();
  await page.goto('/progress/');
  await expect(today).toHaveAttribute('data-count', '3');
  await expect(page.locator('[data-heatmap]')).toHaveAttribute(
    'aria-label',
    /^3 reviews on 1 day in the last 26 weeks/,
  );
  await expect(forecastToday.locator('.bar-value')).toHaveText('3');
  await expect(page.locator('[data-log] tr')).toHaveCount(3);
  await expect(page.locator('[data-log] tr').first()).toContainText('Good');
  await expect(page.locator('[data-export-reminder]')).toBeVisible();
});

test('the Anki file holds one note per question of the chosen set, in Anki’s text format', async ({
  page,
}) => {
  const level = 'Principal';
  const chosen = questions.filter((q) => q.level === level);
  await page.goto(`/practice/?difficulty=${level}`);
  const button = page.getByRole('button', { name: /questions for Anki/ });
  await expect(button).toHaveText(`Download ${chosen.length} questions for Anki`);
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = readFileSync((await file.path()) ?? '', 'utf8');
  const lines = text.trimEnd().split('\n');
  expect(lines.slice(0, 4)).toEqual([
    '#separator:tab',
    '#html:true',
    '#deck:Interview Prep',
    '#tags column:3',
  ]);
  const notes = lines.slice(4);
  expect(notes).toHaveLength(chosen.length);
  for (const note of notes) {
    const fields = note.match(/"(?:[^"]|"")*"/g) ?? [];
    expect(fields.join('\t')).toBe(note);
    expect(fields).toHaveLength(3);
    expect(fields[1]).toContain('>Full answer</a>');
    expect(fields[2]).toContain('level::principal');
  }
  expect(notes[0]).toContain(chosen[0]?.title.replaceAll('"', '""').replaceAll('&', '&amp;'));
});
