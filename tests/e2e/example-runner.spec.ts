import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { PRECACHE_MS, untilOfflineReady } from './offline-ready.ts';
import { browserExamples, pageExamples } from './runnable-examples.ts';

/** The first example that runs in the page, and the first that needs Node. */
const runnable = browserExamples[0];
const needsNode = pageExamples.find((e) => e.runsIn === 'node');
/** A run loads the runner chunk and starts a worker: seconds on a saturated machine. */
const RUN_SETTLES_MS = 60_000;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const pairOf = (page: Page, id: string) => page.locator(`example-pair[data-example="${id}"]`);

async function replaceEditorText(page: Page, id: string, code: string): Promise<void> {
  const editor = pairOf(page, id).locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.pressSequentially(code);
}

test('an example runs in the page with the network cut and says its output matches', async ({
  page,
  context,
}) => {
  test.setTimeout(PRECACHE_MS + 90_000);
  if (!runnable) throw new Error('no browser-runnable example in the bank');
  await untilOfflineReady(page, '/');
  await context.setOffline(true);
  await page.goto(runnable.path);
  const pair = pairOf(page, runnable.id);
  await pair.getByRole('button', { name: 'Run in the page' }).click();
  const status = pair.locator('.run-status');
  await expect(status).toHaveAttribute('data-result', 'match', { timeout: RUN_SETTLES_MS });
  await expect(status).toContainText('matches the verified output');
  await expect(pair.locator('.run-output')).not.toBeEmpty();
  await context.setOffline(false);
});

test('Edit changes the program, Reset restores it, Stop ends an endless loop', async ({ page }) => {
  test.setTimeout(180_000);
  if (!runnable) throw new Error('no browser-runnable example in the bank');
  await page.goto(runnable.path);
  const pair = pairOf(page, runnable.id);
  const status = pair.locator('.run-status');
  const output = pair.locator('.run-output');

  await pair.getByRole('button', { name: 'Edit' }).click();
  await expect(pair.locator('.cm-content')).toBeVisible({ timeout: RUN_SETTLES_MS });
  await replaceEditorText(page, runnable.id, "console.log('edited', { answer: 42 });");
  await pair.getByRole('button', { name: 'Run in the page' }).click();
  await expect(status).toHaveAttribute('data-result', 'differs', { timeout: RUN_SETTLES_MS });
  await expect(output).toHaveText('edited { answer: 42 }\n');

  await replaceEditorText(page, runnable.id, 'while (true) {}');
  await pair.getByRole('button', { name: 'Run in the page' }).click();
  const stop = pair.getByRole('button', { name: 'Stop' });
  await expect(stop).toBeEnabled({ timeout: RUN_SETTLES_MS });
  await stop.click();
  await expect(status).toHaveAttribute('data-result', 'stopped');
  await expect(page.locator('iframe[sandbox]')).toHaveCount(0);

  await pair.getByRole('button', { name: 'Reset' }).click();
  await pair.getByRole('button', { name: 'Run in the page' }).click();
  await expect(status).toHaveAttribute('data-result', 'match', { timeout: RUN_SETTLES_MS });
});

test('an example that needs Node says so and offers the file, its packages and the command', async ({
  page,
  request,
}) => {
  if (!needsNode) throw new Error('no example needs Node');
  await page.goto(needsNode.path);
  const pair = pairOf(page, needsNode.id);
  await expect(pair.getByRole('button', { name: 'Run in the page' })).toHaveCount(0);
  const panel = pair.locator('.needs-node');
  await expect(panel).toContainText('Runs with Node, not in the page');
  await expect(panel).toContainText('Node 22.18 or later');
  const download = panel.getByRole('link', { name: /\.ts$/ });
  const response = await request.get((await download.getAttribute('href')) ?? '');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('console.log');
  await expect(pair).toContainText(`npm run example -- ${needsNode.id}`);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a question page with a run, its output and the editor open has no axe violations (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    if (!runnable) throw new Error('no browser-runnable example in the bank');
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(runnable.path);
    const pair = pairOf(page, runnable.id);
    await pair.getByRole('button', { name: 'Edit' }).click();
    await expect(pair.locator('.cm-content')).toBeVisible({ timeout: RUN_SETTLES_MS });
    await pair.getByRole('button', { name: 'Run in the page' }).click();
    await expect(pair.locator('.run-status')).toHaveAttribute('data-result', 'match', {
      timeout: RUN_SETTLES_MS,
    });
    const results = await new AxeBuilder({ page })
      .include(`example-pair[data-example="${runnable.id}"]`)
      .exclude('pre.code .line > span')
      .withTags(WCAG_TAGS)
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
  });
}
