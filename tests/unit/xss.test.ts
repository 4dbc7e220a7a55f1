import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../src/content/links.ts';
import { GUIDE_SCHEMA } from '../../src/render/sanitize.ts';
import { PAYLOADS } from '../xss/payloads.ts';
import { checkAndRender } from '../xss/render-payload.ts';

const allowed = new Set(GUIDE_SCHEMA.tagNames);
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'data',
  'poster',
  'cite',
  'background',
  'srcSet',
  'dynsrc',
  'lowsrc',
];

/** Everything in the HTML, parsed as a browser would, that could run script or leave the allowlist. */
function activeParts(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    if (!allowed.has(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcDoc')
        found.push(`${name} on <${element.tagName}>`);
      if (URL_ATTRIBUTES.includes(name)) {
        const url = normaliseUrl(String(value));
        if (/^[a-z][a-z0-9+.-]*:/.test(url) && !/^(https?|mailto):/.test(url))
          found.push(`${name}=${url} on <${element.tagName}>`);
      }
    }
  });
  return found;
}

describe('hostile HTML and Markdown', () => {
  it(`has at least 100 payloads across the classes (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  });

  for (const payload of PAYLOADS) {
    it(`${payload.name}: reported by the check or shown as text; nothing active in the page`, async () => {
      const { diagnostics, html } = await checkAndRender(payload);
      expect(activeParts(html)).toEqual([]);
      for (const d of diagnostics) {
        expect(d.file).toMatch(/^hostile\//);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.message).toMatch(/^expected .+, received .+/);
      }
      // Markdown that is not valid HTML (an unquoted value with quotes, `<svg/onload…>`) is text, shown as written.
      if (diagnostics.length === 0) expect(html).toContain('Text after the payload.');
    });
  }
});
