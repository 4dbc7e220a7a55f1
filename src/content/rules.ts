import { basename } from 'node:path/posix';
import type { Code, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { guideFragments, type GuideTrees } from '../render/guide-trees.ts';
import { type Diagnostic, DiagnosticSink } from './diagnostics.ts';
import { checkLinks, type GuideFiles } from './links.ts';
import type { ParsedText } from './parse.ts';
import type { CheckableQuestion } from './questions.ts';
import { checkHtmlSafety, checkMdxSafety, reportRemovals } from './safety.ts';
import { driftedLines } from '../examples/drift.ts';
import { needsTsVersion, type TsVersion } from './ts-versions.ts';

/** What a rule may look at besides the guide: the other guides' files and the guide's trees. */
export interface RuleContext {
  slug: string;
  guideFiles: GuideFiles;
  tsVersions: ReadonlyMap<Code, TsVersion>;
  /** The sanitised trees the pages are written from, built once, on first use. */
  trees(): GuideTrees;
}

/** One check over one parsed guide. */
export type GuideRule = (guide: ParsedText, context: RuleContext) => Diagnostic[];

/** Runs a check written against a sink, for the guide's file. */
const into = (guide: ParsedText, check: (sink: DiagnosticSink) => void): Diagnostic[] => {
  const sink = new DiagnosticSink(guide.file);
  check(sink);
  return sink.items;
};

/** Question numbers are the author's: any start, but unique and ascending. */
export const questionNumbering: GuideRule = (guide) =>
  into(guide, (sink) => {
    const seen = new Map<number, number>();
    let previous: CheckableQuestion | undefined;
    for (const question of guide.checkable) {
      const { number } = question.meta;
      const field = `Question ${number}`;
      const first = seen.get(number);
      if (first !== undefined) {
        sink.add('question.number-repeated', question.line, field, { number, firstLine: first });
      } else if (previous && number < previous.meta.number) {
        sink.add('question.numbers-descending', question.line, field, {
          number,
          previous: previous.meta.number,
        });
      }
      seen.set(number, question.line);
      previous = question;
    }
  });

/** `questionCount`, when given, says how many questions there are. */
export const questionCount: GuideRule = (guide) =>
  into(guide, (sink) => {
    const count = guide.located.valueAt(['questionCount']);
    const actual = guide.questionSections;
    if (typeof count === 'number' && Number.isInteger(count) && count >= 0 && count !== actual) {
      sink.add('schema.question-count', guide.located.lineOf(['questionCount']), 'questionCount', {
        sections: actual,
        written: count,
      });
    }
  });

/** js/ts code runs only as a question's TypeScript version, so it belongs inside a question. */
export const codeInsideQuestions: GuideRule = (guide) =>
  into(guide, (sink) => {
    const outside: RootContent[] = [
      ...guide.lede,
      ...(guide.quickRead?.nodes ?? []),
      ...guide.sections.flatMap((s) =>
        s.blocks.flatMap((b) => (b.kind === 'markdown' ? b.nodes : [])),
      ),
    ];
    for (const node of outside) {
      visit(node, 'code', (block: Code) => {
        if (!needsTsVersion(block)) return;
        sink.add('example.outside-question', block.position?.start.line ?? 1, 'code', {
          lang: block.lang ?? '',
        });
      });
    }
  });

/** A TypeScript version says what its block says, types aside, apart from lines marked `// Fix:`. */
export const tsVersionsInStep: GuideRule = (guide, context) =>
  into(guide, (sink) => {
    for (const [block, tsVersion] of context.tsVersions) {
      const firstLine = (block.position?.start.line ?? 0) + 1;
      const written = tsVersion.source.split('\n');
      for (const line of driftedLines(block.value, tsVersion.source, block.lang ?? 'js'))
        sink.add(
          'example.drift',
          firstLine + line.blockLine,
          `TypeScript version ${tsVersion.id}`,
          {
            tsFile: tsVersion.file,
            tsLine: line.tsVersionLine,
            tsText: line.tsVersionLine === undefined ? undefined : written[line.tsVersionLine - 1],
          },
        );
    }
  });

/** Raw HTML that could run script, and everything else the allowlist would remove. */
export const htmlSafety: GuideRule = (guide, context) =>
  into(guide, (sink) => {
    const fragments = guideFragments(context.trees());
    const reported = checkHtmlSafety(
      fragments.flatMap((f) => f.elements),
      sink,
    );
    reportRemovals(
      fragments.flatMap((f) => f.removals),
      reported,
      sink,
    );
  });

/** Relative links and images must name another guide's file. */
export const relativeLinks: GuideRule = (guide, context) =>
  into(guide, (sink) => {
    const elements = guideFragments(context.trees()).flatMap((f) => f.elements);
    checkLinks(elements, context.guideFiles, sink, basename(guide.file));
  });

/** In `.mdx`, nothing that would run code at build time. */
export const mdxSafety: GuideRule = (guide) =>
  guide.isMdx ? into(guide, (sink) => checkMdxSafety(guide.root, sink)) : [];

/** Rules over the text alone: cheap, run on every read. */
export const STRUCTURE_RULES: readonly GuideRule[] = [
  questionNumbering,
  questionCount,
  codeInsideQuestions,
];
/** Rules over the page trees: run once per build, when the guide is first checked. */
export const TREE_RULES: readonly GuideRule[] = [
  htmlSafety,
  relativeLinks,
  mdxSafety,
  tsVersionsInStep,
];
/** Every per-guide rule, in the order they report. */
export const GUIDE_RULES: readonly GuideRule[] = [...STRUCTURE_RULES, ...TREE_RULES];
