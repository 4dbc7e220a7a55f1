import GithubSlugger from 'github-slugger';
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { GuideFiles } from '../content/links.ts';
import type { ParsedGuide } from '../content/load-guides.ts';
import type { ParsedQuestion } from '../content/questions.ts';
import type { GuideFrontmatter } from '../content/schema/guide-frontmatter.ts';
import type { QuestionMeta } from '../content/schema/question-meta.ts';
import { questionUrl } from '../site/urls.ts';
import type { HighlightOptions } from './highlight.ts';
import { type RenderContext, renderNodes } from './markdown-html.ts';

/** A question ready for the page: metadata plus the HTML of each part. */
export interface RenderedQuestion extends QuestionMeta {
  guideSlug: string;
  /** Unique within its guide: `19-how-do-you-trace-requests`. */
  slug: string;
  /** Anchor on the guide page: `question-19`. */
  anchor: string;
  url: string;
  /** The Quick Answer as plain text, for descriptions and excerpts. */
  summary: string;
  quickAnswerHtml: string;
  detailedAnswerHtml: string;
  codeExampleHtml: string | undefined;
  followUpsHtml: string[];
  line: number;
}

export type RenderedBlock = { kind: 'html'; html: string } | { kind: 'question'; question: RenderedQuestion };

export interface RenderedSection {
  id: string;
  /** Heading HTML; undefined for questions written with no `##` heading above them. */
  titleHtml: string | undefined;
  blocks: RenderedBlock[];
}

/** A guide ready for its pages. */
export interface RenderedGuide {
  slug: string;
  url: string;
  file: string;
  frontmatter: GuideFrontmatter;
  ledeHtml: string;
  quickRead: { titleHtml: string; html: string } | undefined;
  sections: RenderedSection[];
  questions: RenderedQuestion[];
}

/** Ids the page chrome uses, kept out of heading ids. */
const RESERVED_IDS = ['main', 'top', 'quick-read', 'questions', 'contents', 'search'];

export async function renderGuide(guide: ParsedGuide, guideFiles: GuideFiles, options: HighlightOptions): Promise<RenderedGuide> {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  for (const q of guide.questions) slugger.slug(`question-${q.meta.number}`);
  const context: RenderContext = { ...options, guideFiles, slugger, twins: guide.twins };
  const url = `/guides/${guide.slug}/`;

  const rendered = new Map<ParsedQuestion, RenderedQuestion>();
  for (const question of guide.questions) {
    rendered.set(question, await renderQuestion(question, guide.slug, context));
  }

  const sections: RenderedSection[] = [];
  for (const section of guide.sections) {
    const blocks: RenderedBlock[] = [];
    for (const block of section.blocks) {
      if (block.kind === 'question') blocks.push({ kind: 'question', question: rendered.get(block.question) as RenderedQuestion });
      else blocks.push({ kind: 'html', html: (await renderNodes(block.nodes, context)).html });
    }
    const titleHtml = section.heading ? await inlineHtml(section.heading.children, context) : undefined;
    const id = section.heading ? slugger.slug(toString(section.heading)) : 'questions';
    sections.push({ id, titleHtml, blocks });
  }

  return {
    slug: guide.slug,
    url,
    file: guide.file,
    frontmatter: guide.frontmatter,
    ledeHtml: (await renderNodes(guide.lede, context)).html,
    quickRead: guide.quickRead && {
      titleHtml: await inlineHtml(guide.quickRead.heading.children, context),
      html: (await renderNodes(guide.quickRead.nodes, context)).html,
    },
    sections,
    questions: guide.questions.map((q) => rendered.get(q) as RenderedQuestion),
  };
}

async function renderQuestion(question: ParsedQuestion, guideSlug: string, context: RenderContext): Promise<RenderedQuestion> {
  const { meta } = question;
  const url = questionUrl(guideSlug, meta.number, meta.title);
  const quick = await renderNodes(question.quickAnswer, context);
  const detailed = await renderNodes(question.detailedAnswer, context);
  const example = question.codeExample ? await renderNodes(question.codeExample, context) : undefined;
  const followUpsHtml = await Promise.all(question.followUps.map((item) => listItemHtml(item, context)));
  return {
    ...meta,
    guideSlug,
    slug: url.split('/').at(-2) ?? '',
    anchor: `question-${meta.number}`,
    url,
    summary: question.quickAnswer.map((n) => toString(n)).join(' ').replace(/\s+/g, ' ').trim(),
    quickAnswerHtml: quick.html,
    detailedAnswerHtml: detailed.html,
    codeExampleHtml: example?.html,
    followUpsHtml,
    line: question.line,
  };
}

/** A list item's content; a single paragraph is unwrapped so it reads inline. */
async function listItemHtml(item: ListItem, context: RenderContext): Promise<string> {
  const only = item.children.length === 1 ? item.children[0] : undefined;
  if (only?.type === 'paragraph') return inlineHtml(only.children, context);
  return (await renderNodes(item.children as RootContent[], context)).html;
}

async function inlineHtml(children: readonly PhrasingContent[], context: RenderContext): Promise<string> {
  const { html } = await renderNodes([{ type: 'paragraph', children: [...children] }], context);
  return html.replace(/^<p>|<\/p>$/g, '');
}

