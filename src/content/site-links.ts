import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { questionUrl } from '../site/urls.ts';
import {
  guideFragments,
  type GuideTrees,
  pageIds,
  questionFragments,
} from '../render/guide-trees.ts';
import type { Fragment } from '../render/markdown-html.ts';
import { nearest } from './describe.ts';
import { type Diagnostic, diagnostic } from './diagnostics.ts';
import type { ParsedGuide } from './load-guides.ts';
import { slugify } from './slug.ts';
import type { LintableGuide } from './vocabulary.ts';

/** Pages every build writes, whatever the guides say. */
const FIXED_PAGES = [
  '/',
  '/search/',
  '/practice/',
  '/progress/',
  '/404.html',
  '/company-topics/',
  '/companies/',
  '/tags/',
  '/levels/',
  '/frequencies/',
  '/categories/',
];

/** A guide's pages with their ids, and its site links, as plain data a store can keep between runs. */
export interface SiteLinkFacts {
  pages: Array<[page: string, ids: string[] | null]>;
  links: FoundLink[];
  /** Guides that could not be read: every page under their `/guides/<slug>/` is taken on trust. */
  unreadGuides?: string[];
}

interface FoundLink {
  file: string;
  line: number;
  href: string;
  /** The page the link is shown on, where a bare `#fragment` points. */
  page: string;
}

/**
 * Every site link (`/path`, `#fragment`, and guide links rewritten to pages) checked against the pages
 * and heading ids the build will write: one pass after all guides are read, since links cross guides.
 */
export class SiteLinkCheck {
  /** Page path → the ids on it; undefined for pages whose ids are not the guides' (search, browse). */
  private readonly pages = new Map<string, ReadonlySet<string> | undefined>(
    FIXED_PAGES.map((p) => [p, undefined]),
  );
  private readonly links: FoundLink[] = [];
  /** Pages the guides added (not the fixed ones), for `facts`. */
  private readonly guidePages = new Set<string>();
  /** `/guides/<slug>/` of guides that could not be read, whose pages are not known. */
  private readonly unreadGuides = new Set<string>();

  /** Records a guide's pages and ids and the links in its trees. */
  addGuide(guide: Pick<ParsedGuide, 'slug' | 'file' | 'questions'>, trees: GuideTrees): void {
    const guidePage = `/guides/${guide.slug}/`;
    const ids = pageIds(trees);
    this.setPage(guidePage, ids.guide);
    const questionPages = new Map<Fragment, string>();
    // A question with problems has its page once they are fixed: links to it are not reported too.
    for (const q of [...trees.questions, ...trees.withProblems]) {
      const { number, title } = q.question.meta;
      if (title === undefined) continue;
      const page = questionUrl(guide.slug, number, title);
      this.setPage(page, ids.questions.get(q.question));
      for (const fragment of questionFragments(q)) questionPages.set(fragment, page);
    }
    const visitFragment = (fragment: Fragment) => {
      // A question's parts show on its own page too, which has only that question's ids.
      const page = questionPages.get(fragment) ?? guidePage;
      visit(fragment.tree, 'element', (element: Element) => {
        const href = element.tagName === 'a' ? element.properties.href : undefined;
        if (
          typeof href === 'string' &&
          (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//')))
        ) {
          this.links.push({
            file: guide.file,
            line: element.position?.start.line ?? 1,
            href,
            page,
          });
        }
      });
    };
    guideFragments(trees).forEach(visitFragment);
  }

  /**
   * Records a guide that could not be read (its problem is reported): links to its pages are not
   * reported too, since they may be right once it is fixed.
   */
  addUnreadGuide(slug: string): void {
    this.unreadGuides.add(`/guides/${slug}/`);
  }

  /** What `addGuide` and `addUnreadGuide` recorded, as plain data. */
  facts(): SiteLinkFacts {
    const pages = [...this.guidePages].map((page): [string, string[] | null] => {
      const ids = this.pages.get(page);
      return [page, ids ? [...ids] : null];
    });
    const unreadGuides = [...this.unreadGuides];
    return { pages, links: [...this.links], ...(unreadGuides.length ? { unreadGuides } : {}) };
  }

  /** Records a guide from the facts an earlier run kept, as `addGuide` would. */
  addFacts(facts: SiteLinkFacts): void {
    for (const [page, ids] of facts.pages) this.setPage(page, ids ? new Set(ids) : undefined);
    this.links.push(...facts.links);
    for (const guide of facts.unreadGuides ?? []) this.unreadGuides.add(guide);
  }

  private setPage(page: string, ids: ReadonlySet<string> | undefined): void {
    this.pages.set(page, ids);
    this.guidePages.add(page);
  }

  /** Browse pages of every company, tag, level, frequency and category the guides name. */
  addTerms(guides: readonly LintableGuide[]): void {
    const add = (taxonomy: string, label: string) =>
      this.pages.set(`/${taxonomy}/${slugify(label)}/`, undefined);
    for (const guide of guides) {
      guide.frontmatter.companies.forEach((c) => add('companies', c));
      guide.frontmatter.tags.forEach((t) => add('tags', t));
      for (const { meta } of guide.questions) {
        (meta.companies ?? []).forEach((c) => add('companies', c));
        (meta.tags ?? []).forEach((t) => add('tags', t));
        if (meta.level) add('levels', meta.level);
        if (meta.frequency) add('frequencies', meta.frequency);
        if (meta.category) add('categories', meta.category);
      }
    }
  }

  check(): Diagnostic[] {
    const problems: Diagnostic[] = [];
    for (const link of this.links) {
      const url = new URL(link.href, `http://site${link.page}`);
      const path = pagePath(url.pathname);
      if (!this.pages.has(path)) {
        if ([...this.unreadGuides].some((guide) => path.startsWith(guide))) continue;
        const suggestion = nearest(path, [...this.pages.keys()]);
        problems.push(
          diagnostic({ file: link.file, line: link.line, field: 'link' }, 'link.missing-page', {
            href: link.href,
            suggestion,
          }),
        );
        continue;
      }
      const ids = this.pages.get(path);
      const id = safeDecode(url.hash.slice(1));
      if (id === '' || !ids || ids.has(id)) continue;
      const suggestion = nearest(id, [...ids]);
      const where =
        path === link.page
          ? link.page.split('/').length > 4
            ? "this question's page"
            : 'this page'
          : path;
      problems.push(
        diagnostic({ file: link.file, line: link.line, field: 'link' }, 'link.missing-fragment', {
          page: where,
          id,
          suggestion,
        }),
      );
    }
    return problems;
  }
}

/** `/guides/x`, `/guides/x/` and `/guides/x/index.html` are one page. */
function pagePath(pathname: string): string {
  const decoded = safeDecode(pathname).replace(/\/index\.html$/, '/');
  return decoded.endsWith('/') || decoded.endsWith('.html') ? decoded : `${decoded}/`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
