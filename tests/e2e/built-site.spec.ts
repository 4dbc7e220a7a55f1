import { expect, test } from '@playwright/test';
import { toString } from 'mdast-util-to-string';
import { siteConfig } from '../../src/config/site.ts';
import { loadGuides } from '../../src/content/load-guides.ts';
import { slugify } from '../../src/content/slug.ts';
import { effectiveTags } from '../../src/site/question-tags.ts';

const { guides, tsVersions } = loadGuides(siteConfig);
const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'" };
// One pass over the references, so text that spells one (`&#x26;lt;` is the text "&lt;") is not decoded twice.
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(
      /&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|amp|apos));/gi,
      (ref, hex?: string, dec?: string, name?: string) =>
        hex !== undefined
          ? String.fromCodePoint(parseInt(hex, 16))
          : dec !== undefined
            ? String.fromCodePoint(Number(dec))
            : (NAMED[(name ?? '').toLowerCase()] ?? ref),
    )
    .replace(/\s+/g, ' ');

test('every question of every guide is on its guide page with title, quick answer and level', async ({
  request,
}) => {
  expect(guides.length).toBeGreaterThan(0);
  for (const guide of guides) {
    const response = await request.get(`/guides/${guide.slug}/`);
    expect(response.status(), guide.slug).toBe(200);
    const text = decode(await response.text());
    for (const question of guide.questions) {
      expect(text, `${guide.file} question ${question.meta.number}`).toContain(question.meta.title);
      expect(text).toContain(
        toString({ type: 'root', children: question.quickAnswer })
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 80),
      );
      expect(text).toContain(question.meta.level);
    }
  }
});

test('every question has its own page linked from the guide', async ({ request }) => {
  for (const guide of guides) {
    const guideHtml = await (await request.get(`/guides/${guide.slug}/`)).text();
    const links = [...guideHtml.matchAll(/href="(\/guides\/[^"#]+\/[^"#]+\/)"/g)].map(
      (m) => m[1] as string,
    );
    expect(new Set(links).size).toBe(guide.questions.length);
    for (const [i, link] of [...new Set(links)].entries()) {
      const question = guide.questions[i];
      const page = await request.get(link);
      expect(page.status(), link).toBe(200);
      const text = decode(await page.text());
      expect(text).toContain(question?.meta.title ?? '');
      expect(text).toContain(`Question ${question?.meta.number}`);
    }
  }
});

test('every company, tag, level, frequency and category has a browse page listing its questions', async ({
  request,
}) => {
  const expected = new Map<string, number>();
  const count = (key: string) => expected.set(key, (expected.get(key) ?? 0) + 1);
  for (const guide of guides) {
    for (const company of guide.frontmatter.companies)
      expected.set(
        `/companies/${slugify(company)}/`,
        expected.get(`/companies/${slugify(company)}/`) ?? 0,
      );
    for (const tag of guide.frontmatter.tags)
      expected.set(`/tags/${tag}/`, expected.get(`/tags/${tag}/`) ?? 0);
    for (const q of guide.questions) {
      for (const company of q.meta.companies) count(`/companies/${slugify(company)}/`);
      for (const tag of effectiveTags(q.meta, guide.frontmatter)) count(`/tags/${tag}/`);
      count(`/levels/${slugify(q.meta.level)}/`);
      count(`/frequencies/${slugify(q.meta.frequency)}/`);
      count(`/categories/${slugify(q.meta.category)}/`);
    }
  }
  // Fetched together: with a page per tag there are a few hundred, too many to wait on one by one.
  const pages = await Promise.all(
    [...expected.keys()].map(async (path) => {
      const response = await request.get(path);
      return { path, status: response.status(), html: await response.text() };
    }),
  );
  for (const { path, status, html } of pages) {
    expect(status, path).toBe(200);
    const listed = html.match(/<ol class="question-list"[^>]*>([\s\S]*?)<\/ol>/)?.[1] ?? '';
    expect((listed.match(/<li\b/g) ?? []).length, path).toBe(expected.get(path));
  }
  for (const index of ['/companies/', '/tags/', '/levels/', '/frequencies/', '/categories/']) {
    expect((await request.get(index)).status()).toBe(200);
  }
});

test("every TypeScript version's code and recorded output appear on its guide page", async ({
  request,
}) => {
  expect(tsVersions.length).toBeGreaterThan(0);
  const pages = new Map<string, string>();
  for (const tsVersion of tsVersions) {
    const slug = tsVersion.id.split('/')[0] as string;
    // An error an example expects (`// @errors`) is shown under its line, inside the listing.
    const withoutErrorNotes = (html: string) =>
      html.replace(/<span class="type-error" role="note">.*?<\/span><\/span>/g, '');
    if (!pages.has(slug))
      pages.set(
        slug,
        decode(withoutErrorNotes(await (await request.get(`/guides/${slug}/`)).text())),
      );
    const text = pages.get(slug) ?? '';
    expect(text, tsVersion.file).toContain(tsVersion.source.replace(/\s+/g, ' ').trim());
    expect(text, `${tsVersion.id} output`).toContain(
      (tsVersion.expectedOutput ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(text).toContain(`npm run example -- ${tsVersion.id}`);
  }
});
