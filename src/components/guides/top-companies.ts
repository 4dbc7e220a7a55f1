import type { GuideSummary } from '../../render/render-guide.ts';

/** A guide's companies, most-asked first (by how many of its questions name them), cut to `limit`. */
export function topCompanies(
  guide: GuideSummary,
  limit: number,
): { shown: string[]; rest: string[]; more: number } {
  const counts = new Map<string, number>(guide.frontmatter.companies.map((c) => [c, 0]));
  for (const q of guide.questions)
    for (const c of q.companies) counts.set(c, (counts.get(c) ?? 0) + 1);
  const sorted = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c]) => c);
  return {
    shown: sorted.slice(0, limit),
    rest: sorted.slice(limit),
    more: Math.max(0, sorted.length - limit),
  };
}
