import GithubSlugger from 'github-slugger';
import type { Code, Heading, ListItem, PhrasingContent, RootContent } from 'mdast';
import { toString as hastToString } from 'hast-util-to-string';
import { toString } from 'mdast-util-to-string';
import type { GuideFiles } from '../content/links.ts';
import type { GuideBlock } from '../content/load-guides.ts';
import type { CheckableQuestion, ParsedQuestion } from '../content/questions.ts';
import type { TsVersion } from '../content/ts-versions.ts';
import {
  buildFragment,
  type Fragment,
  type FragmentContext,
  fragmentIds,
} from './markdown-html.ts';

/** What a guide's pages are built from; the parts of a parsed guide that carry Markdown. */
export interface GuideContent {
  slug: string;
  /** The guide file's text, for the lines of raw HTML. */
  source: string;
  lede: RootContent[];
  quickRead: { heading: Heading; nodes: RootContent[] } | undefined;
  sections: Array<{ heading: Heading | undefined; blocks: GuideBlock[] }>;
  questions: ParsedQuestion[];
  /** Every question as far as it could be read, those with problems too (see ParsedText). */
  checkable?: readonly CheckableQuestion[];
  /** The text of question sections without a number (see ParsedText). */
  unnumbered?: readonly RootContent[];
  tsVersions: ReadonlyMap<Code, TsVersion>;
}

export interface QuestionTrees<Q extends CheckableQuestion = ParsedQuestion> {
  question: Q;
  quickAnswer: Fragment;
  detailedAnswer: Fragment;
  codeExample: Fragment | undefined;
  /** One per follow-up; `inline` when the item is a single paragraph shown without its `<p>`. */
  followUps: Array<{ fragment: Fragment; inline: boolean }>;
}

export type BlockTrees =
  { kind: 'markdown'; fragment: Fragment } | { kind: 'question'; question: QuestionTrees };

/** A guide's pages as sanitised trees: what the check reports on and what the pages are written from. */
export interface GuideTrees {
  lede: Fragment;
  quickRead: { title: Fragment; body: Fragment } | undefined;
  sections: Array<{ id: string; title: Fragment | undefined; blocks: BlockTrees[] }>;
  questions: QuestionTrees[];
  /** Questions with problems: checked like the rest (links, HTML), never written to a page. */
  withProblems: Array<QuestionTrees<CheckableQuestion>>;
  /** Question sections without a number, likewise. */
  unnumbered: Fragment | undefined;
}

/** Ids the page chrome uses, kept out of heading ids. */
export const RESERVED_IDS = [
  'main',
  'top',
  'quick-read',
  'questions',
  'contents',
  'search',
] as const;

/** The anchor of a question on its guide page. */
export const questionAnchor = (number: number) => `question-${number}`;

/** Every fragment of a guide, in the order ids are handed out. */
export function buildGuideTrees(guide: GuideContent, guideFiles: GuideFiles): GuideTrees {
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  for (const q of guide.checkable ?? guide.questions) slugger.slug(questionAnchor(q.meta.number));
  const context: FragmentContext = {
    guideFiles,
    slugger,
    tsVersions: guide.tsVersions,
    source: guide.source,
  };
  const fragment = (nodes: readonly RootContent[]) => buildFragment(nodes, context);

  const questionTrees = <Q extends CheckableQuestion>(question: Q): QuestionTrees<Q> => ({
    question,
    quickAnswer: fragment(question.quickAnswer),
    detailedAnswer: fragment(question.detailedAnswer),
    codeExample: question.codeExample ? fragment(question.codeExample) : undefined,
    followUps: question.followUps.map((item) => ({
      fragment: fragment(itemNodes(item)),
      inline: isInline(item),
    })),
  });
  const byQuestion = new Map<ParsedQuestion, QuestionTrees>();
  for (const question of guide.questions) byQuestion.set(question, questionTrees(question));
  const sections = guide.sections.map((section) => {
    const blocks = section.blocks.map((block): BlockTrees =>
      block.kind === 'question'
        ? { kind: 'question', question: byQuestion.get(block.question) as QuestionTrees }
        : { kind: 'markdown', fragment: fragment(block.nodes) },
    );
    const title = section.heading ? fragment(inlineNodes(section.heading.children)) : undefined;
    const id = section.heading ? slugger.slug(toString(section.heading)) : 'questions';
    return { id, title, blocks };
  });
  return {
    lede: fragment(guide.lede),
    quickRead: guide.quickRead && {
      title: fragment(inlineNodes(guide.quickRead.heading.children)),
      body: fragment(guide.quickRead.nodes),
    },
    sections,
    questions: guide.questions.map((q) => byQuestion.get(q) as QuestionTrees),
    withProblems: (guide.checkable ?? [])
      .filter((q) => !byQuestion.has(q as ParsedQuestion))
      .map(questionTrees),
    unnumbered: guide.unnumbered?.length ? fragment(guide.unnumbered) : undefined,
  };
}

/** Every fragment of a question, for checks. */
export function questionFragments(q: QuestionTrees<CheckableQuestion>): Fragment[] {
  return [
    q.quickAnswer,
    q.detailedAnswer,
    ...(q.codeExample ? [q.codeExample] : []),
    ...q.followUps.map((f) => f.fragment),
  ];
}

/** Every fragment of the guide page, for checks. */
export function guideFragments(trees: GuideTrees): Fragment[] {
  return [
    trees.lede,
    ...(trees.quickRead ? [trees.quickRead.title, trees.quickRead.body] : []),
    ...trees.sections.flatMap((s) => [
      ...(s.title ? [s.title] : []),
      ...s.blocks.flatMap((b) =>
        b.kind === 'markdown' ? [b.fragment] : questionFragments(b.question),
      ),
    ]),
    ...trees.withProblems.flatMap(questionFragments),
    ...(trees.unnumbered ? [trees.unnumbered] : []),
  ];
}

/** Ids a `#fragment` can reach: on the guide page, and on each question's own page. */
export function pageIds(trees: GuideTrees): {
  guide: Set<string>;
  questions: Map<CheckableQuestion, Set<string>>;
} {
  const guide = new Set<string>([
    ...RESERVED_IDS,
    ...trees.sections.map((s) => s.id),
    ...guideFragments(trees).flatMap(fragmentIds),
  ]);
  const all = [...trees.questions, ...trees.withProblems];
  for (const q of all) guide.add(questionAnchor(q.question.meta.number));
  const questions = new Map<CheckableQuestion, Set<string>>(
    all.map((q) => [
      q.question,
      new Set<string>([...RESERVED_IDS, ...questionFragments(q).flatMap(fragmentIds)]),
    ]),
  );
  return { guide, questions };
}

/** A question's words as its page shows them: quick answer, then the rest (code blocks are slots, without text). */
export interface QuestionProse {
  summary: string;
  body: string;
}

/** The text of each question from the sanitised trees, for the search index. */
export function questionProse(trees: GuideTrees): Map<ParsedQuestion, QuestionProse> {
  const text = (fragment: Fragment) =>
    hastToString(fragment.tree)
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim();
  return new Map(
    trees.questions.map((q) => [
      q.question,
      {
        summary: text(q.quickAnswer).replace(/\s+/g, ' '),
        body: [
          text(q.detailedAnswer),
          q.codeExample ? text(q.codeExample) : '',
          q.followUps.map((f) => text(f.fragment)).join('\n'),
        ]
          .filter(Boolean)
          .join('\n\n'),
      },
    ]),
  );
}

function isInline(item: ListItem): boolean {
  return item.children.length === 1 && item.children[0]?.type === 'paragraph';
}

/** A list item's content; a single paragraph is shown inline. */
function itemNodes(item: ListItem): RootContent[] {
  return item.children as RootContent[];
}

function inlineNodes(children: readonly PhrasingContent[]): RootContent[] {
  return [{ type: 'paragraph', children: [...children] }];
}
