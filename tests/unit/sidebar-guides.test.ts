import { describe, expect, it } from 'vitest';
import { SIDEBAR_GUIDES, sidebarGuides } from '../../src/site/sidebar-guides.ts';

const bank = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `g${i}` }));
const slugs = (list: readonly { slug: string }[]) => list.map((g) => g.slug);

describe('sidebarGuides', () => {
  it('lists every guide of a small bank, whichever page', () => {
    const guides = bank(SIDEBAR_GUIDES);
    expect(sidebarGuides(guides, 'g3').shown).toEqual(guides);
    expect(sidebarGuides(guides).shown).toEqual(guides);
  });

  it('lists the guides beside the current one in a large bank, the current one among them', () => {
    const guides = bank(1000);
    for (const at of [0, 1, 19, 20, 500, 979, 980, 999]) {
      const { shown, total } = sidebarGuides(guides, `g${at}`);
      expect(total).toBe(1000);
      expect(shown).toHaveLength(SIDEBAR_GUIDES);
      expect(slugs(shown)).toContain(`g${at}`);
      const first = Number(shown[0]?.slug.slice(1));
      expect(slugs(shown)).toEqual(slugs(guides.slice(first, first + SIDEBAR_GUIDES)));
    }
    expect(slugs(sidebarGuides(guides, 'g500').shown)[0]).toBe('g480');
  });

  it('keeps a page’s list when a guide is added far from it', () => {
    const guides = bank(1000);
    const added = [{ slug: 'new' }, ...guides];
    expect(sidebarGuides(added, 'g500').shown).toEqual(sidebarGuides(guides, 'g500').shown);
  });

  it('lists the first guides on a page of no guide', () => {
    expect(slugs(sidebarGuides(bank(100)).shown)).toEqual(slugs(bank(SIDEBAR_GUIDES)));
    expect(slugs(sidebarGuides(bank(100), 'gone').shown)).toEqual(slugs(bank(SIDEBAR_GUIDES)));
  });
});
