import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { guides, questions, slugify } from './site-data.ts';

const guide = guides[0];
const question = questions[0];
const company = question?.companies[0] ?? '';
const word = question?.title.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';

/**
 * Highlighted code is most of a guide page (about 5,200 of its 6,650 elements are token spans) and
 * axe's colour-contrast rule is slow per element. Every token has one of a few theme colours on the one
 * code background, so the page runs are spared the tokens and one token of each colour is checked below.
 */
const CODE_TOKENS = 'pre.code .line > span';
/** Axe's time per element it inspects was 40-50 ms with the machine saturated; twice that, plus room for the page itself. */
const AXE_MS_PER_ELEMENT = 100;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** A search loads Pagefind's WASM, index chunks and a fragment per result: over 5 s with a core busy. */
const SEARCH_SETTLES_MS = 30_000;

/** One page of every kind a reader meets. */
const pages: Array<[string, string]> = [
  ['home', '/'],
  ['guide', `/guides/${guide?.slug}/`],
  ['question', question?.path ?? '/'],
  ['companies index', '/companies/'],
  ['company', `/companies/${slugify(company)}/`],
  ['tags index', '/tags/'],
  ['tag', `/tags/${guide?.frontmatter.tags[0]}/`],
  ['levels index', '/levels/'],
  ['level', `/levels/${slugify(question?.level ?? '')}/`],
  ['frequencies index', '/frequencies/'],
  ['frequency', `/frequencies/${slugify(question?.frequency ?? '')}/`],
  ['companies × topics', '/company-topics/'],
  ['categories index', '/categories/'],
  ['category', `/categories/${slugify(question?.category ?? '')}/`],
  ['search with results', `/search/?q=${encodeURIComponent(word)}`],
  ['practice', '/practice/'],
  ['progress', '/progress/'],
  ['mock interview', '/mock/'],
  ['mock round', '/mock/?seed=3'],
  ['mock predict', '/mock/?seed=3'],
  ['404', '/no/such/page/'],
];

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} scheme at ${width} px`, () => {
      test.use({ colorScheme: scheme, viewport: { width, height: width === 390 ? 844 : 800 } });
      for (const [kind, path] of pages) {
        test(`${kind} page has no WCAG 2.1 A/AA violations`, async ({ page }) => {
          await page.goto(path);
          if (kind.startsWith('search'))
            await expect(page.locator('[data-status]')).toContainText('result', {
              timeout: SEARCH_SETTLES_MS,
            });
          if (kind === 'practice') {
            // Check a drill card with its answer shown: the session starts at once.
            await expect(page.locator('[data-position]')).toHaveText(/Question 1 of/);
            await page.keyboard.press('Space');
            await page.keyboard.press('Space');
            await expect(page.locator('[data-detail]')).toBeVisible();
          }
          if (kind === 'progress') {
            await expect(page.locator('[data-stats]')).not.toBeEmpty();
            await expect(page.locator('[data-forecast] tr')).toHaveCount(14);
          }
          if (kind === 'mock round') {
            // A question with its answer revealed and the grades offered.
            await page.getByRole('button', { name: /^15 minutes/ }).click();
            await page.getByRole('button', { name: 'Reveal the answer' }).click();
            await expect(page.locator('[data-reveal-part]')).toBeVisible();
          }
          if (kind === 'mock predict') {
            // A drill with its lines checked: right and wrong marks shown.
            await page.getByRole('button', { name: /Start a drill/ }).click();
            await page.getByRole('button', { name: 'Check my prediction' }).click();
            await expect(page.locator('.predict-results')).toBeVisible();
          }
          const elements = await page.locator(`body *:not(${CODE_TOKENS})`).count();
          test.setTimeout(30_000 + elements * AXE_MS_PER_ELEMENT); // sized to the page, from the test's start
          const results = await new AxeBuilder({ page })
            .withTags(WCAG_TAGS)
            .exclude(CODE_TOKENS)
            .analyze();
          const summary = results.violations.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 5)
                .join(', ')})`,
          );
          expect(summary, `${path} in ${scheme} at ${width} px`).toEqual([]);
        });
      }
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test('every colour of highlighted code has enough contrast', async ({ page }) => {
      await page.goto(`/guides/${guide?.slug}/`);
      // Mark the first token of each class (colour and style); all of them sit on the one code background.
      // Only tokens axe would check on the page: visible, inside the line's box, with a letter or digit
      // (axe skips text that is only punctuation, so a punctuation-only class is never checked anywhere).
      const samples = await page.evaluate((selector) => {
        const seen = new Set<string>();
        for (const token of document.querySelectorAll<HTMLElement>(selector)) {
          if (
            seen.has(token.className) ||
            !/[\p{L}\p{N}]/u.test(token.textContent ?? '') ||
            !token.checkVisibility()
          )
            continue;
          const box = token.getBoundingClientRect();
          const frame = token.closest('pre')?.getBoundingClientRect();
          if (!frame || box.left < frame.left || box.right > frame.right) continue;
          seen.add(token.className);
          token.setAttribute('data-contrast-sample', '');
        }
        return [...seen];
      }, CODE_TOKENS);
      expect(samples.length, 'token classes on the guide page').toBeGreaterThanOrEqual(5);
      // axe still builds its tree of the whole page, so this run is sized like the page run.
      test.setTimeout(
        30_000 + (await page.locator(`body *:not(${CODE_TOKENS})`).count()) * AXE_MS_PER_ELEMENT,
      );
      const results = await new AxeBuilder({ page })
        .include('[data-contrast-sample]')
        .withRules(['color-contrast'])
        .analyze();
      const checked = [...results.passes, ...results.violations, ...results.incomplete].flatMap(
        (r) => r.nodes,
      ).length;
      expect(checked, 'every sampled token was inspected').toBe(samples.length);
      expect(
        results.violations.flatMap((v) =>
          v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
        ),
      ).toEqual([]);
    });
  });
}

test.describe('keyboard', () => {
  test('the first Tab reaches a visible skip link that moves focus to the content', async ({
    page,
  }) => {
    await page.goto(`/guides/${guide?.slug}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('main')).toBeFocused();
  });

  for (const [kind, path] of [
    ['guide', `/guides/${guide?.slug}/`],
    ['search', '/search/?q=the'],
    ['question', question?.path ?? '/'],
  ] as const) {
    test(`every control on a ${kind} page is reached by Tab, with a visible focus ring`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      if (kind === 'search')
        await expect(page.locator('[data-status]')).not.toHaveText(/Searching/, {
          timeout: SEARCH_SETTLES_MS,
        });
      // Let idle-loaded controls (study marks) appear, number every visible control (a radio group
      // is one Tab stop; arrows move inside it), then Tab through the page once.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const total = await page.evaluate(() => {
        const controls = [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, input, select, textarea, [tabindex]',
          ),
        ].filter(
          (el) =>
            el.getClientRects().length > 0 &&
            getComputedStyle(el).visibility !== 'hidden' &&
            el.tabIndex >= 0 &&
            !el.closest('[hidden]'),
        );
        const keys = new Set<string>();
        controls.forEach((el, i) => {
          const key =
            el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : String(i);
          el.setAttribute('data-kbd', key);
          keys.add(key);
        });
        return keys.size;
      });
      const reached = new Set<string>();
      const withoutRing: string[] = [];
      for (let i = 0; i < total + 3; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const style = getComputedStyle(el);
          return {
            id: el.getAttribute('data-kbd'),
            ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            name: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`,
          };
        });
        if (!focus?.id) continue;
        reached.add(focus.id);
        if (!focus.ring) withoutRing.push(focus.name);
      }
      expect(withoutRing).toEqual([]);
      expect(reached.size).toBe(total);
    });
  }
});
