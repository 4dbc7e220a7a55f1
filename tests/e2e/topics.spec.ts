import { expect, test } from '@playwright/test';
import { allResults } from './search-results.ts';
import { type ExpectedQuestion, questions, slugify } from './site-data.ts';

const paths = (list: readonly ExpectedQuestion[]) => list.map((q) => q.path).sort();

test('company, level and tag together list exactly the questions carrying all three, from every guide', async ({
  page,
}) => {
  const matching = (company: string, level: string, tag: string) =>
    questions.filter(
      (q) => q.companies.includes(company) && q.level === level && q.tags.includes(tag),
    );
  await page.goto('/search/?company=Google&difficulty=Senior&tag=caching');
  expect((await allResults(page)).sort()).toEqual(paths(matching('Google', 'Senior', 'caching')));

  // The combination spread over the most guides, so the check cannot pass by looking in one guide.
  const combos = new Map<string, ExpectedQuestion[]>();
  for (const q of questions)
    for (const c of q.companies)
      for (const t of q.tags) combos.set(JSON.stringify([c, q.level, t]), matching(c, q.level, t));
  const [key, expected] = [...combos].sort(
    (a, b) =>
      new Set(b[1].map((q) => q.guide)).size - new Set(a[1].map((q) => q.guide)).size ||
      b[1].length - a[1].length,
  )[0] as [string, ExpectedQuestion[]];
  const [company, level, tag] = JSON.parse(key) as [string, string, string];
  expect(new Set(expected.map((q) => q.guide)).size).toBeGreaterThan(1);
  await page.goto(
    `/search/?company=${encodeURIComponent(company)}&difficulty=${slugify(level)}&tag=${encodeURIComponent(tag)}`,
  );
  expect((await allResults(page)).sort()).toEqual(paths(expected));
});

test('the caching tag finds its questions in several guides, not only the caching guide', async ({
  page,
}) => {
  const expected = questions.filter((q) => q.tags.includes('caching'));
  expect(new Set(expected.map((q) => q.guide)).size).toBeGreaterThan(1);
  await page.goto('/search/?tag=caching');
  expect((await allResults(page)).sort()).toEqual(paths(expected));
});

test('the redis tag page names the companies asking about Redis, with counts, most first', async ({
  page,
}) => {
  const counts = new Map<string, number>();
  for (const q of questions.filter((q) => q.tags.includes('redis')))
    for (const c of new Set(q.companies)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const expected = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
  await page.goto('/tags/redis/');
  const rows = page
    .getByRole('list', { name: 'Companies that ask about redis' })
    .locator(':scope > li');
  await expect(rows).toHaveCount(expected.length);
  const shown = await rows.evaluateAll((items) =>
    items.map((li) => [
      li.querySelector('a')?.textContent ?? '',
      li.querySelector('.count')?.textContent ?? '',
    ]),
  );
  expect(shown).toEqual(
    expected.map(([company, n]) => [company, `${n} ${n === 1 ? 'question' : 'questions'}`]),
  );
  const [top] = expected[0] as [string, number];
  await rows.first().getByRole('link', { name: top, exact: true }).click();
  expect((await allResults(page)).sort()).toEqual(
    paths(questions.filter((q) => q.tags.includes('redis') && q.companies.includes(top))),
  );
});

test('a company page lists its topics and its questions most asked first; the overview links counts to the search', async ({
  page,
}) => {
  const company = 'Amazon';
  const own = questions.filter((q) => q.companies.includes(company));
  await page.goto(`/companies/${slugify(company)}/`);
  await expect(
    page
      .getByRole('list', { name: `Topics ${company} asks about` })
      .locator(':scope > li')
      .first(),
  ).toBeVisible();
  const rank = ['Rare', 'Occasional', 'Common', 'Very Common'];
  const listed = await page
    .getByRole('list', { name: `Questions: ${company}` })
    .locator('a.question-title')
    .evaluateAll((links) => links.map((a) => a.textContent ?? ''));
  expect(listed).toHaveLength(own.length);
  const frequencies = listed.map((title) =>
    rank.indexOf(own.find((q) => q.title === title)?.frequency ?? ''),
  );
  expect(frequencies).toEqual([...frequencies].sort((a, b) => b - a));

  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/company-topics/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const chip = page
    .getByRole('list', { name: `Topics ${company} asks about most` })
    .getByRole('link')
    .first();
  const [tag, count] = ((await chip.textContent()) ?? '').trim().split(/\s+(?=\d+$)/) as [
    string,
    string,
  ];
  await chip.click();
  const found = await allResults(page);
  expect(found.sort()).toEqual(paths(own.filter((q) => q.tags.includes(tag))));
  expect(found).toHaveLength(Number(count));
});

test('a misspelt query offers the right word, and the offer searches for it', async ({ page }) => {
  await page.goto('/search/?q=idempotnecy');
  // Pagefind forgives the typo and still finds results; the offer shows with them.
  // The first search of a page loads Pagefind: on a loaded machine that alone can take seconds.
  await expect(page.locator('[data-status]')).toContainText('results for “idempotnecy”', {
    timeout: 20_000,
  });
  const offer = page.locator('[data-suggestion]');
  await expect(offer).toHaveText('Did you mean idempotency?');
  await offer.getByRole('link', { name: 'idempotency' }).click();
  await expect(page).toHaveURL(/[?&]q=idempotency(&|$)/);
  await expect(page.locator('#search-q')).toHaveValue('idempotency');
  const found = await allResults(page);
  for (const q of questions.filter((q) => /idempoten/i.test(q.title)))
    expect(found).toContain(q.path);
  await expect(offer).toBeHidden();
});

test('a synonym from the vocabulary finds pages that use the other word', async ({ page }) => {
  await page.goto('/search/?q=k8s');
  const found = await allResults(page);
  const kubernetes = questions.filter((q) => /kubernetes/i.test(q.title));
  expect(kubernetes.length).toBeGreaterThan(0);
  for (const q of kubernetes) expect(found).toContain(q.path);
});

test('a title word ranks its question first, and the page opened from a result marks the searched word', async ({
  page,
}) => {
  await page.goto('/search/?q=stampede');
  await allResults(page);
  const first = page.locator('a.result-title').first();
  await expect(first).toContainText(/stampede/i);
  await expect(first.locator('mark')).toContainText(/stampede/i);
  await first.click();
  await expect(page.locator('main mark.search-hit').first()).toBeVisible();
  await expect(page.locator('main mark.search-hit').first()).toHaveText(/^stampede/i);
});

test('/practice/?q=redis drills exactly the questions the search finds for "redis", and the search links there with every parameter', async ({
  page,
}) => {
  await page.goto('/search/?q=redis&difficulty=senior&sort=level');
  await expect(page.locator('[data-practice]')).toHaveAttribute(
    'href',
    '/practice/?q=redis&difficulty=Senior&sort=level',
  );
  await page.goto('/search/?q=redis');
  const found = await allResults(page);
  expect(found.length).toBeGreaterThan(0);
  expect(found.length).toBeLessThan(questions.length);
  await page.goto('/practice/?q=redis');
  await expect(page.locator('[data-summary]')).toContainText(
    `${found.length} questions match (“redis”)`,
  );
  const titles = questions.filter((q) => found.includes(q.path)).map((q) => q.title);
  await expect(page.locator('[data-title]')).toHaveText(
    new RegExp(`^(${titles.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`),
  );
  // A session holds at most today's ten new questions by default.
  await expect(page.locator('[data-position]')).toHaveText(
    `Question 1 of ${Math.min(found.length, 10)}`,
  );
});
