import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { pageExamples } from './runnable-examples.ts';
import { guides } from './site-data.ts';

/** The example that shows an error on purpose (`// @errors`): its pane has types and an error note. */
const withErrors = [...guides.flatMap((g) => [...g.tsVersions.values()])].find((t) =>
  /^\s*\/\/\s*@errors:/m.test(t.source),
);
const example = pageExamples.find((e) => e.id === withErrors?.id);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** A run loads the runner chunk and starts a worker: seconds on a saturated machine. */
const RUN_SETTLES_MS = 60_000;

function pane(page: Page): Locator {
  return page.locator(`example-pair[data-example="${example?.id}"] [data-version="tsVersion"]`);
}

/** What the popup of a target shows: the CSS popup's text, or nothing while it is hidden. */
const popupText = (target: Locator) =>
  target.evaluate((el) => {
    const after = getComputedStyle(el, '::after');
    return after.display === 'none' || after.content === 'none' ? '' : el.getAttribute('data-type');
  });

async function openTsPane(page: Page): Promise<Locator> {
  if (!example) throw new Error('no example with a // @errors line in the bank');
  await page.goto(example.path);
  // Until its script runs, the pair shows both versions; once defined, it has chosen its layout.
  await page.evaluate(() => customElements.whenDefined('example-pair'));
  const tab = page.locator(`example-pair[data-example="${example.id}"] [id$="-tab-tsVersion"]`);
  // Narrow screens show one version at a time, as tabs.
  if (await tab.isVisible()) await tab.click();
  await expect(pane(page).locator('.tt').first()).toBeVisible();
  return pane(page);
}

test('hovering an identifier shows its type, and Escape hides it', async ({ page }) => {
  const ts = await openTsPane(page);
  const target = ts.locator('.tt[data-type^="function retryDelayMs"]').first();
  expect(await popupText(target)).toBe('');
  await target.hover();
  await expect.poll(() => popupText(target)).toBe('function retryDelayMs(status: string): number');
  await expect(async () => {
    await page.keyboard.press('Escape');
    expect(await popupText(target)).toBe('');
  }).toPass();
});

test('keyboard focus shows the type, arrow keys move between identifiers, Escape hides it', async ({
  page,
}) => {
  const ts = await openTsPane(page);
  const first = ts.locator('.tt').first();
  await expect(ts.locator('.tt[tabindex="0"]')).toHaveCount(1);
  // The pane is one tab stop: from the copy button before it, Tab lands on its first identifier.
  await ts.locator('.copy-button').focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect.poll(() => popupText(first)).toBe(await first.getAttribute('data-type'));
  // The type is the focused identifier's description for screen readers.
  await expect(first).toHaveAccessibleDescription((await first.getAttribute('data-type')) ?? '');
  const second = ts.locator('.tt').nth(1);
  await expect(async () => {
    if (!(await second.evaluate((el) => el === document.activeElement)))
      await page.keyboard.press('ArrowRight');
    await expect(second).toBeFocused({ timeout: 1_000 });
  }).toPass();
  await expect(second).toHaveAttribute('tabindex', '0');
  await expect(first).toHaveAttribute('tabindex', '-1');
  await expect.poll(() => popupText(second)).toBe(await second.getAttribute('data-type'));
  await page.keyboard.press('Escape');
  await expect.poll(() => popupText(second)).toBe('');
  await expect(second).toBeFocused();
});

test('the expected error is shown under its line, and Run still gets the plain program', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const ts = await openTsPane(page);
  await expect(ts.locator('.type-error')).toContainText(
    "error TS2532: Object is possibly 'undefined'.",
  );
  const pair = page.locator(`example-pair[data-example="${example?.id}"]`);
  await pair.getByRole('button', { name: 'Run in the page' }).click();
  await expect(pair.locator('.run-status')).toHaveAttribute('data-result', 'match', {
    timeout: RUN_SETTLES_MS,
  });
});

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`a pane with a type popup open has no WCAG 2.1 A/AA violations (${scheme}, ${width} px)`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      const ts = await openTsPane(page);
      // Keyboard focus, as a reader would: the popup shows for :focus-visible.
      const target = ts.locator('.tt').first();
      await ts.locator('.copy-button').focus();
      await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
      await expect.poll(() => popupText(target)).not.toBe('');
      await page.screenshot({
        path: test.info().outputPath(`type-popup-${scheme}-${width}.png`),
      });
      const results = await new AxeBuilder({ page })
        .include(`example-pair[data-example="${example?.id}"]`)
        .withTags(WCAG_TAGS)
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  }
}
