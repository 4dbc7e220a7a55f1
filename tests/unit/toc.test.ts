import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { guideToc } from '../../src/components/chrome/toc.ts';
import type { RenderedGuide } from '../../src/render/render-guide.ts';

/** A title as the renderer writes it: hast-util-to-html, which writes `&` as `&#x26;`. */
const titleHtml = (text: string) =>
  toHtml({
    type: 'element',
    tagName: 'code',
    properties: {},
    children: [{ type: 'text', value: text }],
  });

describe('the "On this page" list', () => {
  it('shows section and quick-read titles as written: &, < and a literal &lt; each decoded once', () => {
    const titles = ['Caching & Redis', 'Map<K, V> vs Record', 'Escaping &lt; and &amp;amp;'];
    const guide = {
      quickRead: { titleHtml: titleHtml(titles[0] as string), html: '' },
      sections: titles.map((title, i) => ({
        id: `s${i}`,
        titleHtml: titleHtml(title),
        blocks: [],
      })),
    } as unknown as RenderedGuide;
    expect(guideToc(guide).map((item) => item.label)).toEqual([titles[0], ...titles]);
  });
});
