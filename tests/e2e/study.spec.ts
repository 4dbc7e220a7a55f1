import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { type ExpectedQuestion, questions, slugify } from './site-data.ts';

const KEY = 'interview-prep.progress';
const [first, second, third] = questions as [ExpectedQuestion, ExpectedQuestion, ExpectedQuestion];
const idOf = (q: ExpectedQuestion) => {
  const match = /^\/guides\/([^/]+)\/(\d+)-/.exec(q.path);
  return `${match?.[1]}/q${match?.[2]}`;
};

async function openQuestion(page: Page, q: ExpectedQuestion) {
  await page.goto(q.path);
  const controls = page.locator('study-controls');
  await expect(controls).toBeVisible();
  return controls;
}

test('a mark, a bookmark and a note survive a reload, and show in lists', async ({ page }) => {
  const controls = await openQuestion(page, first);
  await controls.getByLabel('Review').check();
  await controls.getByRole('button', { name: 'Bookmark' }).click();
  await controls.getByText('Add a note').click();
  await controls.getByLabel(/Private note/).fill('Say why the arity matters.');
  await expect(controls.locator('[data-study-status]')).toHaveText('Note saved');
  await page.reload();
  const again = page.locator('study-controls');
  await expect(again.getByLabel('Review')).toBeChecked();
  await expect(again.getByRole('button', { name: 'Bookmark' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(again.getByLabel(/Private note/)).toHaveValue('Say why the arity matters.');

  const guidePath = first.path.replace(/[^/]+\/$/, '');
  await page.goto(guidePath);
  await expect(
    page.locator(`.sidebar-questions li[data-question-id="${idOf(first)}"] .study-mark`),
  ).toHaveText(/Review, Bookmarked/);
});

test('the Bookmarked, Review and Not yet known filters work in search and in lists', async ({
  page,
}) => {
  const firstControls = await openQuestion(page, first);
  await firstControls.getByRole('button', { name: 'Bookmark' }).click();
  await expect(firstControls.locator('[data-study-status]')).toHaveText('Bookmarked');
  const secondControls = await openQuestion(page, second);
  await secondControls.getByLabel('Known').check();
  await expect(secondControls.locator('[data-study-status]')).toHaveText('Marked known');
  await page.goto('/search/?progress=bookmarked');
  await expect(page.locator('[data-status]')).toContainText('1 result');
  await expect(page.locator('.results a.result-title')).toHaveAttribute('href', first.path);
  await page.goto(`/search/?progress=not-known&guide=${encodeURIComponent(second.guide)}`);
  await expect(page.locator('[data-status]')).toContainText('result');
  await expect(page.locator(`.results a[href="${second.path}"]`)).toHaveCount(0);

  const level = second.level.toLowerCase();
  await page.goto(`/levels/${level}/`);
  const list = page.locator('study-list');
  await expect(list.locator('.study-summary')).toContainText('1 of');
  await list.getByLabel('Not yet known').check();
  await expect(list.locator(`li[data-question-id="${idOf(second)}"]`)).toBeHidden();
  await list.getByLabel('Not yet known').uncheck();
  await expect(list.locator(`li[data-question-id="${idOf(second)}"]`)).toBeVisible();
});

test('progress by level and company shows on the home page and beside each term of a browse page', async ({
  page,
}) => {
  const known = questions.find((q) => q.companies.length > 0) as ExpectedQuestion;
  const controls = await openQuestion(page, known);
  await controls.getByLabel('Known').check();
  await expect(controls.locator('[data-study-status]')).toHaveText('Marked known');

  const company = known.companies[0] as string;
  const withCompany = questions.filter((q) => q.companies.includes(company)).length;
  await page.goto('/companies/');
  await expect(page.locator(`li[data-term="${slugify(company)}"] .study-mark`)).toHaveText(
    ` · 1 of ${withCompany} known`,
  );
  const other = questions
    .flatMap((q) => q.companies)
    .find((c) => !known.companies.includes(c)) as string;
  const withOther = questions.filter((q) => q.companies.includes(other)).length;
  await expect(page.locator(`li[data-term="${slugify(other)}"] .study-mark`)).toHaveText(
    ` · 0 of ${withOther} known`,
  );

  await page.goto('/');
  const atLevel = questions.filter((q) => q.level === known.level).length;
  await expect(
    page
      .locator('[data-by-level] tr')
      .filter({ has: page.getByRole('rowheader', { name: known.level, exact: true }) })
      .locator('td'),
  ).toHaveText(`1 of ${atLevel}`);
  await expect(page.locator('[data-totals]')).toHaveText(
    `1 of ${questions.length} known, 0 to review, 0 bookmarked.`,
  );
});

test('progress exported from one browser imports into a fresh profile', async ({
  page,
  browser,
}) => {
  const controls = await openQuestion(page, third);
  await controls.getByLabel('Known').check();
  await controls.getByText('Add a note').click();
  await controls.getByLabel(/Private note/).fill('Exported note');
  await expect(controls.locator('[data-study-status]')).toHaveText('Note saved');
  await page.goto('/progress/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download progress as JSON' }).click();
  const file = await (await downloading).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    app: string;
    questions: Record<string, { note: string }>;
  };
  expect(exported.app).toBe('interview-prep');
  expect(exported.questions[idOf(third)]?.note).toBe('Exported note');

  const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL ?? '' });
  const other = await fresh.newPage();
  await other.goto('/progress/');
  await expect(other.locator('[data-stats]')).toContainText('0 questions with progress');
  await other.getByLabel('Progress file').setInputFiles(file);
  await other.getByRole('radio', { name: 'Replace everything' }).check();
  await other.getByRole('button', { name: 'Import' }).click();
  await expect(other.locator('[data-message]')).toHaveText(
    'Imported progress for 1 question (replacing what was here).',
  );
  const restored = await openQuestion(other, third);
  await expect(restored.getByLabel('Known')).toBeChecked();
  await expect(restored.getByLabel(/Private note/)).toHaveValue('Exported note');

  await other.goto('/progress/');
  await other.getByLabel('Progress file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"app":"interview-prep","version":2,"questions":{"x/q1":{"state":"mastered"}}}',
    ),
  });
  await other.getByRole('button', { name: 'Import' }).click();
  await expect(other.locator('[data-message]')).toContainText('could not be imported');
  await expect(other.locator('[data-message]')).toContainText('Nothing was changed.');
  await expect(other.locator('[data-stats]')).toContainText('1 question with progress: 1 known');
  await fresh.close();
});

test('garbage in storage never breaks a page: what can be kept is kept, and a notice says so', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(
    ([key, good, broken]) =>
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 2,
          questions: {
            [good]: {
              state: 'known',
              bookmarked: false,
              note: 'kept',
              updatedAt: '2026-01-01T00:00:00.000Z',
            },
            [broken]: 'not an entry',
          },
        }),
      ),
    [KEY, idOf(first), idOf(second)] as const,
  );
  await page.goto(first.path);
  await expect(page.locator('.study-notice')).toContainText('1 unreadable entry was removed');
  await expect(page.locator('study-controls').getByLabel('Known')).toBeChecked();
  await expect(page.locator('study-controls').getByLabel(/Private note/)).toHaveValue('kept');

  // The open page may still be starting its study tools, and one that reads the store repairs it.
  // So the broken text is written as the next page starts, before any of its scripts, and only once.
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('broken-store-written') !== null) return;
    sessionStorage.setItem('broken-store-written', '1');
    localStorage.setItem(key, '{this is not json');
  }, KEY);
  await page.goto(first.path);
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  await expect(page.locator('.study-notice')).toContainText('could not be read');
  await expect(page.locator('study-controls').getByLabel('New')).toBeChecked();
  await page.reload();
  await expect(page.locator('.study-notice')).toHaveCount(0);
});

test('a practice drill runs from the keyboard alone and schedules reviews', async ({ page }) => {
  const level = first.level;
  const count = questions.filter((q) => q.level === level).length;
  const session = Math.min(count, 10);
  await page.goto(`/practice/?difficulty=${level}&size=all`);
  await expect(page.locator('[data-summary]')).toContainText(`${count} question`);
  const live = page.locator('[data-live]');
  // The session starts at once: the first card's title has focus, so keys work straight away.
  await expect(page.locator('[data-position]')).toHaveText(`Question 1 of ${session}`);
  await expect(page.locator('[data-title]')).toBeFocused();
  await expect(live).toContainText('Press Space to show the quick answer');
  await page.keyboard.press('Space');
  await expect(page.locator('[data-quick]')).toBeVisible();
  await expect(page.locator('[data-quick]')).toBeFocused();
  await expect(live).toContainText('Quick answer shown');
  await page.keyboard.press('Space');
  await expect(page.locator('[data-detail]')).toBeVisible();
  await expect(page.locator('[data-detail]')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-followup-list] li')).toHaveCount(1);
  await page.keyboard.press('4');
  await expect(page.locator('[data-position]')).toHaveText(`Question 2 of ${session}`);
  await expect(page.locator('[data-quick]')).toBeHidden();
  await expect(live).toContainText('Graded Easy');
  for (let i = 2; i <= session; i++) {
    await page.keyboard.press('Space');
    await expect(page.locator('[data-quick]')).toBeVisible();
    await page.keyboard.press(i % 2 === 0 ? '1' : '3');
  }
  await expect(page.getByRole('heading', { name: 'Session finished' })).toBeVisible();
  await expect(page.locator('[data-result]')).toContainText(`You practised ${session} question`);
  const stored = await page.evaluate(
    (key) =>
      JSON.parse(localStorage.getItem(key) ?? '{}') as {
        questions: Record<string, { state: string; card?: { reps: number } }>;
      },
    KEY,
  );
  const entries = Object.values(stored.questions);
  expect(entries.filter((e) => e.card?.reps === 1)).toHaveLength(session);
  // An Easy on first sight does not make a question Known.
  expect(entries.filter((e) => e.state === 'known')).toHaveLength(0);
  await page.goto('/practice/?due=1');
  await expect(page.locator('[data-summary]')).toContainText('No questions match (due today)');
});

test('a first visit loads no study code until a study control is used, and loses no early click', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(first.path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  expect(scripts.filter((s) => /\/(boot|store|question-controls)\./.test(s))).toEqual([]);
  const controls = page.locator('study-controls');
  await expect(controls).toBeVisible();
  await controls.getByRole('button', { name: 'Bookmark' }).click();
  await expect(controls.locator('[data-study-status]')).toHaveText('Bookmarked');
  await expect(controls.getByRole('button', { name: 'Bookmark' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(scripts.some((s) => /\/boot\./.test(s))).toBe(true);
  await page.reload();
  await expect(
    page.locator('study-controls').getByRole('button', { name: 'Bookmark' }),
  ).toHaveAttribute('aria-pressed', 'true');
});
