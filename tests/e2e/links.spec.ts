import { expect, test } from '@playwright/test';
import { builtPages, decodeEntities, fileForPath, read } from '../helpers/dist.ts';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

test('every internal link and #fragment in the built site resolves', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(0);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(
        [...read(file).matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) =>
          decodeEntities(m[1] as string),
        ),
      );
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = read(page.file);
    for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = decodeEntities(match[1] as string);
      if (href === '' || HAS_SCHEME.test(href) || href.startsWith('//')) continue;
      checked++;
      const url = new URL(href, `http://site${page.path}`);
      const target = fileForPath(decodeURIComponent(url.pathname));
      if (!target) {
        broken.push(`${page.path} → ${href}: no page at ${decodeURIComponent(url.pathname)}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push(
          `${page.path} → ${href}: ${decodeURIComponent(url.pathname)} has no element with id "${fragment}"`,
        );
      }
    }
  }
  test.info().annotations.push({
    type: 'links',
    description: `${checked} internal links on ${pages.length} pages`,
  });
  expect(broken).toEqual([]);
});
