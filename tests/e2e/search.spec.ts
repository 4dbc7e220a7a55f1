import { expect, test } from '@playwright/test';
import { allResults, SEARCH_SETTLES_MS } from './search-results.ts';
import { type ExpectedQuestion, mostCommon, questions, slugify } from './site-data.ts';

function paths(list: readonly ExpectedQuestion[]): string[] {
  return list.map((q) => q.path).sort();
}

test('a word from a question title finds that question, with its guide, level and a highlighted excerpt', async ({
  page,
}) => {
  const target = questions[0] as ExpectedQuestion;
  const word = target.title.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';
  await page.goto(`/search/?q=${encodeURIComponent(word)}`);
  const found = await allResults(page);
  expect(found).toContain(target.path);
  const item = page.locator('.result', { has: page.locator(`a[href^="${target.path}"]`) });
  await expect(item.locator('.result-meta')).toContainText(target.guide);
  await expect(item.locator('.result-meta')).toContainText(target.level);
  await expect(page.locator('.result-excerpt mark').first()).toBeVisible();
  await expect(page.locator('[data-status]')).toContainText('result');
});

test('a nonsense query says there are no results', async ({ page }) => {
  // Pagefind forgives typos and matches short words at the start of a query ("qzx…" finds the word "q"),
  // so the nonsense starts with letters no indexed word begins with.
  await page.goto('/search/?q=zzzzqqqq');
  await expect(page.locator('[data-status]')).toHaveText(/^No results/);
  await expect(page.locator('.result')).toHaveCount(0);
});

test('an empty query browses every question', async ({ page }) => {
  await page.goto('/search/');
  expect((await allResults(page)).sort()).toEqual(paths(questions));
});

const facets: Array<
  [string, (q: ExpectedQuestion) => readonly string[], (value: string) => string]
> = [
  ['company', (q) => q.companies, (v) => v],
  ['difficulty', (q) => [q.level], (v) => v],
  ['frequency', (q) => [q.frequency], (v) => slugify(v)],
  ['tag', (q) => q.tags, (v) => v],
  ['category', (q) => [q.category], (v) => v],
  ['guide', (q) => [q.guide], (v) => v],
];

for (const [key, valuesOf, inUrl] of facets) {
  test(`the ${key} filter lists exactly the questions carrying its most common value`, async ({
    page,
  }) => {
    const value = mostCommon(questions.flatMap(valuesOf));
    await page.goto(`/search/?${key}=${encodeURIComponent(inUrl(value))}`);
    const expected = paths(questions.filter((q) => valuesOf(q).includes(value)));
    expect((await allResults(page)).sort()).toEqual(expected);
    await expect(
      page.locator(`input[name="${key}"][value="${value.replace(/"/g, '\\"')}"]`),
    ).toBeChecked();
  });
}

test('values within a filter combine with OR, filters with AND, and counts follow', async ({
  page,
}) => {
  test.setTimeout(4 * SEARCH_SETTLES_MS); // three searches that each show every result, the first of all questions
  const companies = [...new Set(questions.flatMap((q) => q.companies))].sort();
  const [a, b] = [
    mostCommon(questions.flatMap((q) => q.companies)),
    companies.find((c) => c !== mostCommon(questions.flatMap((q) => q.companies))),
  ] as [string, string];
  await page.goto('/search/');
  await allResults(page);
  await page.locator(`input[name="company"][value="${a}"]`).check();
  // A less common company is found through the filter's own search box, as a reader would.
  await page.locator('.facet[data-facet="company"]').getByRole('searchbox').fill(b);
  await page.locator(`input[name="company"][value="${b}"]`).check();
  const either = questions.filter((q) => q.companies.includes(a) || q.companies.includes(b));
  expect((await allResults(page)).sort()).toEqual(paths(either));
  const level = mostCommon(either.map((q) => q.level));
  await page.locator(`input[name="difficulty"][value="${level}"]`).check();
  const both = either.filter((q) => q.level === level);
  expect((await allResults(page)).sort()).toEqual(paths(both));
  const levelCount = page
    .locator(`input[name="difficulty"][value="${level}"]`)
    .locator('..')
    .locator('[data-count]');
  await expect(levelCount).toHaveText(String(both.length));
  expect(new URL(page.url()).searchParams.getAll('company').sort()).toEqual([a, b].sort());
  expect(new URL(page.url()).searchParams.get('difficulty')).toBe(level);
});

test('the URL restores a search, accepts slugs, and Back and Forward move between searches', async ({
  page,
}) => {
  const level = mostCommon(questions.map((q) => q.level));
  const company = mostCommon(questions.map((q) => q.companies[0] ?? ''));
  await page.goto(
    `/search/?q=the&difficulty=${slugify(level)}&company=${encodeURIComponent(company.toLowerCase())}`,
  );
  await expect(page.locator('#search-q')).toHaveValue('the');
  await expect(page.locator(`input[name="difficulty"][value="${level}"]`)).toBeChecked();
  await expect(page.locator(`input[name="company"][value="${company}"]`)).toBeChecked();
  const first = await allResults(page);
  for (const path of first) expect(questions.find((q) => q.path === path)?.level).toBe(level);

  await page.locator(`input[name="difficulty"][value="${level}"]`).uncheck();
  await expect(page).toHaveURL((url) => !url.searchParams.has('difficulty'));
  await allResults(page);
  await page.goBack();
  await expect(page.locator(`input[name="difficulty"][value="${level}"]`)).toBeChecked();
  expect(await allResults(page)).toEqual(first);
  await page.goForward();
  await expect(page.locator(`input[name="difficulty"][value="${level}"]`)).not.toBeChecked();
});

test('"/" and Ctrl+K focus the search box; Enter opens the search page', async ({ page }) => {
  const target = questions[0] as ExpectedQuestion;
  await page.goto(target.path);
  await page.keyboard.press('/');
  await expect(page.locator('#header-search-q')).toBeFocused();
  await page.locator('#header-search-q').blur();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#header-search-q')).toBeFocused();
  const word = target.title.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${word}`));
  expect(await allResults(page)).toContain(target.path);
  await page.keyboard.press('/');
  await expect(page.locator('#search-q')).toBeFocused();
});

test('company and level badges on a question page open the filtered search', async ({ page }) => {
  const target = questions.find((q) => q.companies.length > 0) as ExpectedQuestion;
  await page.goto(target.path);
  await page.locator('.badges a.company').first().click();
  await expect(page).toHaveURL(/\/search\/\?company=/);
  expect(await allResults(page)).toContain(target.path);
  await page.goto(target.path);
  await page.locator('.badges a.level').click();
  await expect(page).toHaveURL(/\/search\/\?difficulty=/);
  const found = await allResults(page);
  expect(found.sort()).toEqual(paths(questions.filter((q) => q.level === target.level)));
});
