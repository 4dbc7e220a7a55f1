import { toString } from 'mdast-util-to-string';
import type { GuideFiles } from '../content/links.ts';
import type { ParsedGuide } from '../content/load-guides.ts';
import type { GuideFrontmatter } from '../content/schema/guide-frontmatter.ts';
import type { QuestionMeta } from '../content/schema/question-meta.ts';
import { questionUrl } from '../site/urls.ts';
import {
  buildGuideTrees,
  guideFragments,
  questionAnchor,
  type QuestionTrees,
} from './guide-trees.ts';
import { ensureTypeInfo, typeInfoOptions } from '../examples/type-info-cache.ts';
import type { HighlightOptions } from './highlight.ts';
import { type Fragment, fragmentHtml } from './markdown-html.ts';

/** A question as lists, browse pages and search words show it: metadata, no HTML. */
export interface QuestionSummary extends QuestionMeta {
  guideSlug: string;
  /** Unique within its guide: `19-how-do-you-trace-requests`. */
  slug: string;
  /** Anchor on the guide page: `question-19`. */
  anchor: string;
  url: string;
  /** The Quick Answer as plain text, for descriptions and excerpts. */
  summary: string;
  line: number;
}

/** A question ready for the page: metadata plus the HTML of each part. */
export interface RenderedQuestion extends QuestionSummary {
  quickAnswerHtml: string;
  detailedAnswerHtml: string;
  codeExampleHtml: string | undefined;
  followUpsHtml: string[];
}

export type RenderedBlock =
  { kind: 'html'; html: string } | { kind: 'question'; question: RenderedQuestion };

export interface RenderedSection {
  id: string;
  /** Heading HTML; undefined for questions written with no `##` heading above them. */
  titleHtml: string | undefined;
  blocks: RenderedBlock[];
}

/** A guide as lists and browse pages show it: small enough for the content store. */
export interface GuideSummary {
  slug: string;
  url: string;
  file: string;
  frontmatter: GuideFrontmatter;
  questions: QuestionSummary[];
}

/** A guide ready for its pages. */
export interface RenderedGuide extends GuideSummary {
  ledeHtml: string;
  quickRead: { titleHtml: string; html: string } | undefined;
  sections: RenderedSection[];
  questions: RenderedQuestion[];
}

/** The guide without its HTML. */
export function guideSummary(guide: RenderedGuide): GuideSummary {
  const { slug, url, file, frontmatter } = guide;
  const questions = guide.questions.map((q): QuestionSummary => ({
    number: q.number,
    title: q.title,
    level: q.level,
    category: q.category,
    companies: q.companies,
    frequency: q.frequency,
    ...(q.tags === undefined ? {} : { tags: q.tags }),
    guideSlug: q.guideSlug,
    slug: q.slug,
    anchor: q.anchor,
    url: q.url,
    summary: q.summary,
    line: q.line,
  }));
  return { slug, url, file, frontmatter, questions };
}

/**
 * A guide's HTML, written from the same sanitised trees the check reported on. A guide whose trees
 * lost anything to the sanitiser did not pass the check, so rendering it is refused.
 */
export async function renderGuide(
  guide: ParsedGuide,
  guideFiles: GuideFiles,
  options: HighlightOptions,
): Promise<RenderedGuide> {
  const trees = buildGuideTrees(guide, guideFiles);
  const removal = guideFragments(trees).flatMap((f) => f.removals)[0];
  if (removal)
    throw new Error(
      `${guide.file}:${removal.line ?? 1}: html: ${removal.what} would be removed (${removal.why}); run npm run check`,
    );
  // The guides pass found the types of all its guides in one program (src/content/guide-pass.ts); this finds any missing.
  ensureTypeInfo([...guide.tsVersions.values()], typeInfoOptions(options.cacheDir));
  const html = (fragment: Fragment) => fragmentHtml(fragment, options);
  const inline = async (fragment: Fragment) => (await html(fragment)).replace(/^<p>|<\/p>$/g, '');

  const rendered = new Map<QuestionTrees, RenderedQuestion>();
  for (const question of trees.questions)
    rendered.set(question, await renderQuestion(question, guide.slug, html, inline));

  const sections: RenderedSection[] = [];
  for (const section of trees.sections) {
    const blocks: RenderedBlock[] = [];
    for (const block of section.blocks) {
      if (block.kind === 'question')
        blocks.push({
          kind: 'question',
          question: rendered.get(block.question) as RenderedQuestion,
        });
      else blocks.push({ kind: 'html', html: await html(block.fragment) });
    }
    sections.push({
      id: section.id,
      titleHtml: section.title ? await inline(section.title) : undefined,
      blocks,
    });
  }

  return {
    slug: guide.slug,
    url: `/guides/${guide.slug}/`,
    file: guide.file,
    frontmatter: guide.frontmatter,
    ledeHtml: await html(trees.lede),
    quickRead: trees.quickRead && {
      titleHtml: await inline(trees.quickRead.title),
      html: await html(trees.quickRead.body),
    },
    sections,
    questions: trees.questions.map((q) => rendered.get(q) as RenderedQuestion),
  };
}

type ToHtml = (fragment: Fragment) => Promise<string>;

async function renderQuestion(
  trees: QuestionTrees,
  guideSlug: string,
  html: ToHtml,
  inline: ToHtml,
): Promise<RenderedQuestion> {
  const { question } = trees;
  const { meta } = question;
  const url = questionUrl(guideSlug, meta.number, meta.title);
  return {
    ...meta,
    guideSlug,
    slug: url.split('/').at(-2) ?? '',
    anchor: questionAnchor(meta.number),
    url,
    summary: question.quickAnswer
      .map((n) => toString(n))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    quickAnswerHtml: await html(trees.quickAnswer),
    detailedAnswerHtml: await html(trees.detailedAnswer),
    codeExampleHtml: trees.codeExample ? await html(trees.codeExample) : undefined,
    followUpsHtml: await Promise.all(
      trees.followUps.map(({ fragment, inline: isInline }) =>
        isInline ? inline(fragment) : html(fragment),
      ),
    ),
    line: question.line,
  };
}
