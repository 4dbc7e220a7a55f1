import type { Site } from './load-site.ts';
import type { CrossCount } from './cross-counts.ts';
import type { Taxonomy, Term } from './taxonomies.ts';
import { questionId } from '../study/ids.ts';

/** A question as a list of questions shows it. */
export interface ListedQuestion {
  /** Its id in stored progress (`<guide>/q<N>`). */
  id: string;
  url: string;
  title: string;
  guideTitle: string;
  level: string;
  frequency: string;
  companies: readonly string[];
}

/**
 * Everything a term's page (`/tags/redis/`) renders, besides the sidebar its layout adds: plain
 * data, so that it is also the page's key in the incremental build (`site.browseKey`).
 */
export interface TermPageView {
  taxonomy: Pick<Taxonomy, 'key' | 'title' | 'singular' | 'url' | 'note'>;
  term: Pick<Term, 'slug' | 'label'>;
  questions: ListedQuestion[];
  guides: Array<{ url: string; title: string; questionCount: number }>;
  /** Topic × company: on a tag page the companies asking about it, on a company page its topics. */
  cross:
    | {
        rows: readonly CrossCount[];
        rowFacet: 'company' | 'tag';
        fixed: readonly ['tag' | 'company', string];
        heading: string;
      }
    | undefined;
}

export function termPageView(site: Site, taxonomy: Taxonomy, term: Term): TermPageView {
  const { key, title, singular, url, note } = taxonomy;
  return {
    taxonomy: { key, title, singular, url, note },
    term: { slug: term.slug, label: term.label },
    questions: term.questions.map((q) => ({
      id: questionId(q.guideSlug, q.number),
      url: q.url,
      title: q.title,
      guideTitle: site.guideBySlug.get(q.guideSlug)?.frontmatter.title ?? '',
      level: q.level,
      frequency: q.frequency,
      companies: q.companies,
    })),
    guides: term.guides.map((g) => ({
      url: g.url,
      title: g.frontmatter.title,
      questionCount: g.questions.length,
    })),
    cross:
      key === 'tags'
        ? {
            rows: site.crossCounts.companiesByTag.get(term.slug) ?? [],
            rowFacet: 'company',
            fixed: ['tag', term.label],
            heading: `Companies that ask about ${term.label}`,
          }
        : key === 'companies'
          ? {
              rows: site.crossCounts.tagsByCompany.get(term.slug) ?? [],
              rowFacet: 'tag',
              fixed: ['company', term.label],
              heading: `Topics ${term.label} asks about`,
            }
          : undefined,
  };
}
