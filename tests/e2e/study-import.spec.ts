import { expect, type Page, test } from '@playwright/test';
import { type ExpectedQuestion, questions } from './site-data.ts';

// Hostile progress files on /progress/: a refused file or a failed save changes nothing in storage.
const KEY = 'interview-prep.progress';
const first = questions[0] as ExpectedQuestion;
const [, guideSlug, number] = /^\/guides\/([^/]+)\/(\d+)-/.exec(first.path) ?? [];
const firstId = `${guideSlug}/q${number}`;
const inGuide = questions.filter((q) => q.path.startsWith(`/guides/${guideSlug}/`)).length;
// Totals appear once the study code has loaded (when the page is idle) and fetched the question list.
const SCRIPTED = { timeout: 15_000 };
const isoAgo = (ms: number) => new Date(Date.now() - ms).toISOString();
const entry = (over: Record<string, unknown> = {}) => ({
  state: 'known',
  bookmarked: false,
  note: '',
  updatedAt: isoAgo(60_000),
  ...over,
});
const exportFile = (questionsById: Record<string, unknown>) =>
  JSON.stringify({
    app: 'interview-prep',
    exportedAt: isoAgo(1000),
    version: 2,
    questions: questionsById,
  });

/** Every localStorage key and value, as the length and SHA-256 of one string (storage may hold megabytes). */
const storageSnapshot = (page: Page) =>
  page.evaluate(async () => {
    const all = JSON.stringify(Object.entries(localStorage).sort(([a], [b]) => a.localeCompare(b)));
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(all));
    return `${all.length} ${[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  });

async function importFile(
  page: Page,
  name: string,
  text: string | Buffer,
  mode: 'merge' | 'replace' = 'merge',
) {
  await page.getByLabel('Progress file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
  await page
    .getByRole('radio', { name: mode === 'replace' ? 'Replace everything' : /^Merge/ })
    .check();
  await page.locator('[data-message]').evaluate((element) => {
    element.textContent = '';
  });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('[data-message]')).not.toHaveText('');
  return page.locator('[data-message]');
}

test('a refused import leaves localStorage byte-identical', async ({ page }) => {
  // Six imports, each checked against a digest of storage: about 13 s on an idle machine.
  test.setTimeout(90_000);
  await page.goto('/');
  await page.evaluate(
    ([key, id, saved]) =>
      localStorage.setItem(key, JSON.stringify({ version: 2, questions: { [id]: saved } })),
    [KEY, firstId, entry({ note: 'mine' })] as const,
  );
  await page.goto('/progress/');
  await expect(page.locator('[data-stats]')).toContainText(
    '1 question with progress: 1 known',
    SCRIPTED,
  );
  const before = await storageSnapshot(page);
  const hostile: Array<[string, string | Buffer, string]> = [
    [
      'negative stability',
      exportFile({
        [firstId]: entry({
          card: {
            due: isoAgo(0),
            stability: -3,
            difficulty: 42,
            elapsedDays: 0,
            scheduledDays: 0,
            learningSteps: 0,
            reps: 2,
            lapses: 0,
            state: 2,
          },
        }),
      }),
      'card › stability',
    ],
    [
      'a far-future change time',
      exportFile({ [firstId]: entry({ updatedAt: '9999-12-31T23:59:59.999Z' }) }),
      'updatedAt (expected a change time no later than',
    ],
    [
      'a __proto__ key',
      `{"app":"interview-prep","exportedAt":"${isoAgo(1000)}","version":2,"questions":{"__proto__":${JSON.stringify(entry())}}}`,
      'the key "__proto__" in questions is not a question id',
    ],
    [
      'a file too big',
      Buffer.alloc(2 * 1024 * 1024 + 1, 32),
      'more than the 2,097,152 bytes a progress file may have',
    ],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'not a progress export'],
    ['not JSON', '{"app": "interview-prep", ', 'not valid JSON'],
  ];
  for (const [name, text, reason] of hostile) {
    const message = await importFile(page, `${name}.json`, text);
    await expect(message, name).toContainText(reason);
    await expect(message, name).toContainText('Nothing was changed.');
    await expect(message).toHaveClass(/is-error/);
    expect(await storageSnapshot(page), name).toBe(before);
  }
  await expect(page.locator('[data-stats]')).toContainText('1 question with progress: 1 known');
});

test('an import with unknown ids reports them, keeps them, and every total stays right', async ({
  page,
}) => {
  // One import and five pages checked: about 13 s on an idle machine.
  test.setTimeout(90_000);
  const file: Record<string, unknown> = { [firstId]: entry() };
  for (let n = 900; n < 930; n++)
    file[`${guideSlug}/q${n}`] = entry({
      card: {
        due: isoAgo(3_600_000),
        stability: 3,
        difficulty: 5,
        elapsedDays: 1,
        scheduledDays: 1,
        learningSteps: 0,
        reps: 2,
        lapses: 0,
        state: 2,
        lastReview: isoAgo(86_400_000),
      },
    });
  file['removed-guide/q1'] = entry({ state: 'review', bookmarked: true });
  await page.goto('/progress/');
  const message = await importFile(page, 'mixed.json', exportFile(file), 'replace');
  await expect(message).toHaveText(
    `Imported progress for 1 question (replacing what was here). 31 entries are for questions this site does not have (${guideSlug}/q900, ${guideSlug}/q901, ${guideSlug}/q902, ${guideSlug}/q903, ${guideSlug}/q904 and 26 more): kept, and exported again, but not counted in your progress.`,
  );
  await expect(page.locator('[data-stats]')).toHaveText(
    /^1 question with progress: 1 known, 0 to review, 0 bookmarked, 0 due today\. 31 saved entries are for questions this site does not have/,
  );
  const stored = await page.evaluate(
    (key) =>
      Object.keys(
        (JSON.parse(localStorage.getItem(key) ?? '{}') as { questions: object }).questions,
      ).length,
    KEY,
  );
  expect(stored).toBe(32);

  await page.goto('/');
  await expect(page.locator('[data-totals]')).toHaveText(
    `1 of ${questions.length} known, 0 to review, 0 bookmarked.`,
    SCRIPTED,
  );
  await expect(page.locator('[data-today]')).toContainText('Today: 0 reviews', SCRIPTED);
  await page.goto(`/guides/${guideSlug}/`);
  await expect(page.locator('study-progress').first()).toHaveText(
    `Your progress: 1 of ${inGuide} known`,
    SCRIPTED,
  );
  await page.goto(`/levels/${first.level.toLowerCase()}/`);
  await expect(page.locator('study-list .study-summary')).toContainText(
    'Your progress: 1 of',
    SCRIPTED,
  );
  await page.goto('/practice/?due=1');
  await expect(page.locator('[data-summary]')).toContainText('No questions match', SCRIPTED);
});

test('an import the browser has no room for reports failure and changes nothing', async ({
  page,
}) => {
  // Filling storage to the last byte writes about 10 MB.
  test.setTimeout(60_000);
  await page.goto('/');
  await page.evaluate(
    ([key, id, saved]) =>
      localStorage.setItem(key, JSON.stringify({ version: 2, questions: { [id]: saved } })),
    [KEY, firstId, entry({ note: 'mine' })] as const,
  );
  await page.goto('/progress/');
  await expect(page.locator('[data-stats]')).toContainText('1 question with progress', SCRIPTED);
  const filled = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${n++}`, chunk);
      } catch {
        // Full at this chunk size; try a smaller one.
      }
    }
    return n;
  });
  expect(filled).toBeGreaterThan(0);
  const before = await storageSnapshot(page);
  const file: Record<string, unknown> = {};
  for (let i = 0; i < 4; i++) file[`${guideSlug}/q${i + 1}`] = entry({ note: 'n'.repeat(1000) });
  const message = await importFile(page, 'valid.json', exportFile(file));
  await expect(message).toContainText(
    "The import could not be saved: the browser's storage for this site is full",
  );
  await expect(message).toContainText('Nothing was changed.');
  await expect(message).toHaveClass(/is-error/);
  expect(await storageSnapshot(page)).toBe(before);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await expect(await importFile(page, 'valid.json', exportFile(file))).toContainText(
    'Imported progress for',
  );
});

test('a saved card outside the scheduler’s ranges is reset with a notice, and practice grades it', async ({
  page,
}) => {
  const broken = entry({
    state: 'review',
    note: 'kept',
    card: {
      due: isoAgo(3_600_000),
      stability: -3,
      difficulty: 42,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
      lastReview: isoAgo(86_400_000),
    },
  });
  await page.goto('/');
  await page.evaluate(
    ([key, id, saved]) =>
      localStorage.setItem(key, JSON.stringify({ version: 2, questions: { [id]: saved } })),
    [KEY, firstId, broken] as const,
  );
  await page.goto(`/practice/?guide=${encodeURIComponent(first.guide)}`);
  await expect(page.locator('.study-notice')).toContainText(
    '1 question was partly reset',
    SCRIPTED,
  );
  await expect(page.locator('[data-title]')).toHaveText(first.title);
  await page.getByRole('button', { name: /Show the quick answer/ }).click();
  await expect(page.locator('[data-quick]')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.locator('[data-last-grade]')).toContainText(`Graded “${first.title}” Good`);
  const saved = await page.evaluate(
    ([key, id]) =>
      (
        JSON.parse(localStorage.getItem(key) ?? '{}') as {
          questions: Record<string, { note: string; card?: { reps: number; difficulty: number } }>;
        }
      ).questions[id],
    [KEY, firstId] as const,
  );
  expect(saved?.note).toBe('kept');
  expect(saved?.card?.reps).toBe(1);
  expect(saved?.card?.difficulty).toBeLessThanOrEqual(10);
});
