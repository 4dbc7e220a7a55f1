import type { Element, Root as HastRoot } from 'hast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';
import { nearest } from './describe.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import type { LocatedElement } from './html-elements.ts';

/** Guide file names in `content/guides/` (e.g. `streams.md`) mapped to their slugs. */
export type GuideFiles = ReadonlyMap<string, string>;

export type LinkTarget =
  | { kind: 'guide'; href: string }
  | { kind: 'unchanged' }
  | { kind: 'broken'; path: string; suggestion: string | undefined };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A URL as browsers read its scheme: without whitespace or control characters, lower case. */
export function normaliseUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

export function guidePath(slug: string, fragment = ''): string {
  return `/guides/${slug}/${fragment}`;
}

/** Where a link written in a guide goes: a relative link must name another guide's file. */
export function resolveLink(href: string, guideFiles: GuideFiles): LinkTarget {
  if (
    href === '' ||
    href.startsWith('#') ||
    href.startsWith('/') ||
    HAS_SCHEME.test(normaliseUrl(href))
  )
    return { kind: 'unchanged' };
  const [pathAndQuery = '', ...fragmentParts] = href.split('#');
  const fragment = fragmentParts.length > 0 ? `#${fragmentParts.join('#')}` : '';
  const path = safeDecode(pathAndQuery.split('?')[0] ?? '');
  // Guides sit side by side, so links resolve from the folder itself.
  const resolved = posix.normalize(posix.join('content/guides', path));
  const name = posix.dirname(resolved) === 'content/guides' ? posix.basename(resolved) : undefined;
  const slug = name === undefined ? undefined : guideFiles.get(name);
  if (slug !== undefined) return { kind: 'guide', href: guidePath(slug, fragment) };
  return {
    kind: 'broken',
    path,
    suggestion: nearest(posix.basename(path), [...guideFiles.keys()]),
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Reports relative links and images that resolve to no guide. */
export function checkLinks(
  elements: readonly LocatedElement[],
  guideFiles: GuideFiles,
  sink: DiagnosticSink,
  ownFile: string,
): void {
  for (const { element, line: at } of elements) {
    const attribute =
      element.tagName === 'img' ? 'src' : element.tagName === 'a' ? 'href' : undefined;
    const url = attribute ? element.properties[attribute] : undefined;
    if (typeof url !== 'string') continue;
    const target = resolveLink(url, guideFiles);
    if (target.kind !== 'broken') continue;
    if (attribute === 'src') {
      sink.add('link.image-not-absolute', at, 'image', { url });
      continue;
    }
    const known = [...guideFiles.keys()].filter((name) => name !== ownFile);
    sink.add('link.missing-guide', at, 'link', {
      url,
      suggestion: target.suggestion,
      example: known[0],
    });
  }
}

/** Points links to other guides' files at those guides' pages. */
export function rewriteLinks(tree: HastRoot, guideFiles: GuideFiles): void {
  visit(tree, 'element', (element: Element) => {
    if (element.tagName !== 'a' || typeof element.properties.href !== 'string') return;
    const target = resolveLink(element.properties.href, guideFiles);
    if (target.kind === 'guide') element.properties.href = target.href;
  });
}
