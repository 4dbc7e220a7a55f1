import { expect, test } from '@playwright/test';
import { browserExamples } from './runnable-examples.ts';

/** The honest count: every example the build calls browser-runnable, run in Chromium from its page. */
const RUN_SETTLES_MS = 60_000;

test('some examples run in the page', () => {
  test.info().annotations.push({
    type: 'browser-runnable',
    description: `${browserExamples.length} examples`,
  });
  console.log(`${browserExamples.length} browser-runnable examples`);
  expect(browserExamples.length).toBeGreaterThan(0);
});

for (const example of browserExamples) {
  test(`${example.id} runs in the page and prints its verified output`, async ({ page }) => {
    test.setTimeout(RUN_SETTLES_MS + 30_000);
    await page.goto(example.path);
    const pair = page.locator(`example-pair[data-example="${example.id}"]`);
    await pair.getByRole('button', { name: 'Run in the page' }).click();
    const status = pair.locator('.run-status');
    await expect(status).toHaveAttribute('data-result', /.+/, { timeout: RUN_SETTLES_MS });
    const text = await status.textContent();
    expect(await status.getAttribute('data-result'), text ?? '').toBe('match');
  });
}
