/** At most this many guides in a page's sidebar; the home page lists them all. */
export const SIDEBAR_GUIDES = 40;

/**
 * The guides a page's sidebar lists: all of them in a bank of up to {@link SIDEBAR_GUIDES};
 * beyond that, the ones beside the guide being read in the site's order (the first ones on other
 * pages), so a page's size and what it depends on stay the same however large the bank grows.
 * The window is placed by the guide's neighbours, not by fixed blocks: adding a guide far away
 * leaves a page's list as it was.
 */
export function sidebarGuides<G extends { slug: string }>(
  guides: readonly G[],
  currentSlug?: string,
): { shown: readonly G[]; total: number } {
  const total = guides.length;
  if (total <= SIDEBAR_GUIDES) return { shown: guides, total };
  const at = currentSlug === undefined ? -1 : guides.findIndex((g) => g.slug === currentSlug);
  const start =
    at < 0 ? 0 : Math.min(Math.max(0, at - Math.floor(SIDEBAR_GUIDES / 2)), total - SIDEBAR_GUIDES);
  return { shown: guides.slice(start, start + SIDEBAR_GUIDES), total };
}
