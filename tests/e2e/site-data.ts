import { siteConfig } from '../../src/config/site.ts';
import { loadGuides } from '../../src/content/load-guides.ts';
import { slugify } from '../../src/content/slug.ts';
import { effectiveTags } from '../../src/site/question-tags.ts';
import { questionUrl } from '../../src/site/urls.ts';

/** What the tests expect to find, read from the guides the site was built from. */
export const { guides } = loadGuides(siteConfig);

export interface ExpectedQuestion {
  path: string;
  title: string;
  level: string;
  frequency: string;
  companies: string[];
  tags: string[];
  category: string;
  guide: string;
}

export const questions: ExpectedQuestion[] = guides.flatMap((guide) =>
  guide.questions.map((q) => ({
    path: questionUrl(guide.slug, q.meta.number, q.meta.title),
    title: q.meta.title,
    level: q.meta.level,
    frequency: q.meta.frequency,
    companies: q.meta.companies,
    tags: [...effectiveTags(q.meta, guide.frontmatter)],
    category: q.meta.category,
    guide: guide.frontmatter.title,
  })),
);

/** The value carried by most questions (ties broken alphabetically). */
export function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

export { slugify };
