import { expect, test } from '@playwright/test';
import { PAYLOADS } from '../xss/payloads.ts';
import { checkAndRender } from '../xss/render-payload.ts';

/**
 * The whole hostile corpus, rendered once by the same code the build uses (check bypassed, so the
 * sanitiser alone stands between the payloads and the page), opened in Chromium and poked at:
 * any dialog, or any script writing to the page's globals, fails the test.
 */
test('no payload in the hostile corpus runs in Chromium', async ({ page }) => {
  test.setTimeout(120_000);
  const sections = await Promise.all(
    PAYLOADS.map(
      async (payload) =>
        `<section data-payload="${payload.name}">${(await checkAndRender(payload)).html}</section>`,
    ),
  );
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>corpus</title></head><body>${sections.join('\n')}</body></html>`,
    { waitUntil: 'load' },
  );
  // Handlers that need a reader: hover, focus, toggle, animation start.
  const poked = await page.evaluate(async () => {
    const elements = [...document.body.querySelectorAll('*')];
    for (const element of elements) {
      for (const type of [
        'mouseover',
        'mouseenter',
        'focus',
        'toggle',
        'animationstart',
        'beginEvent',
      ])
        element.dispatchEvent(new Event(type));
      if (element instanceof HTMLElement) element.focus();
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250)));
    return elements.length;
  });
  expect(poked).toBeGreaterThan(PAYLOADS.length);
  expect(dialogs).toEqual([]);
  const active = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'script, iframe, object, embed, svg, math, style, [style], base, meta, link, form',
      ),
    ].map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(active).toEqual([]);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((e) =>
      [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`),
    ),
  );
  expect(handlers).toEqual([]);
});
