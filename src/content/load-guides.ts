import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Code, Heading, RootContent } from 'mdast';
import { diskMarkdownCache } from '../cache/markdown-cache.ts';
import { type Diagnostic, DiagnosticSink } from './diagnostics.ts';
import {
  fileDiagnostics,
  findGuideFiles,
  guideFileMap,
  type GuideFolder,
  guidePath,
  repeatedSlugs,
} from './guide-files.ts';
import type { GuideFiles } from './links.ts';
import { type GuideBlock, parseInto, type ParsedText } from './parse.ts';
import type { ParsedQuestion } from './questions.ts';
import type { GuideFrontmatter } from './schema/guide-frontmatter.ts';
import {
  buildGuideTrees,
  type GuideTrees,
  questionProse,
  type QuestionProse,
} from '../render/guide-trees.ts';
import { checkSize } from './limits.ts';
import { GUIDE_RULES, type RuleContext } from './rules.ts';
import { SiteLinkCheck } from './site-links.ts';
import { discoverTsVersions, type TsVersionContext, type TsVersion } from './ts-versions.ts';
import { type LintableGuide, lintAcrossGuides, readVocabulary } from './vocabulary.ts';

export type { GuideBlock };

/** A guide that passed every check, with its Markdown still as mdast for rendering. */
export interface ParsedGuide {
  slug: string;
  /** Path relative to the project root. */
  file: string;
  frontmatter: GuideFrontmatter;
  lede: RootContent[];
  quickRead: { heading: Heading; nodes: RootContent[] } | undefined;
  sections: Array<{ heading: Heading | undefined; blocks: GuideBlock[] }>;
  questions: ParsedQuestion[];
  /** The TypeScript version of each js/ts block, keyed by the block. */
  tsVersions: ReadonlyMap<Code, TsVersion>;
  /** The file's text (decoded), for the lines of raw HTML. */
  source: string;
  /** Each question's text as its page shows it (sanitised, no code), when the guide was checked in this process. */
  prose?: ReadonlyMap<ParsedQuestion, QuestionProse> | undefined;
  /** File line of a frontmatter value, e.g. `['tags', 2]`. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface LoadResult {
  guides: ParsedGuide[];
  /** Every guide file's name mapped to its slug, valid or not: what links may point at. */
  guideFiles: GuideFiles;
  /** Every TypeScript example found, also in guides that have other problems. */
  tsVersions: TsVersion[];
  diagnostics: Diagnostic[];
  /** Advice that does not stop a build (tags outside the vocabulary). */
  warnings: Diagnostic[];
  fileCount: number;
}

export interface LoadOptions extends GuideFolder {
  /** Folder where parsed Markdown is kept between runs, keyed by content; none parses every time. */
  cacheDir?: string | undefined;
}

/** Reads and checks every guide in the folder, reporting all problems in all files. */
export function loadGuides(options: LoadOptions): LoadResult {
  const { names, refused } = findGuideFiles(options.guidesDir, options.root);
  const guideFiles = guideFileMap(names);
  const diagnostics: Diagnostic[] = fileDiagnostics(options, names, refused, guideFiles);
  const clashing = new Set(diagnostics.map((d) => d.file));
  const repeats = repeatedSlugs(names, guideFiles);
  const guides: ParsedGuide[] = [];
  const tsVersions: TsVersion[] = [];
  const siteLinks = new SiteLinkCheck();
  // Every guide that could be read, problems or not: the checks across guides cover them all.
  const lintables: LintableGuide[] = [];
  for (const name of names) {
    const checked = checkGuideFile(name, options, guideFiles, { tsVersions, siteLinks });
    const file = guidePath(options, name);
    // Two files behind one address are reported as such, not also as each other's duplicate titles.
    if (checked.lintable && !repeats.has(name)) lintables.push(checked.lintable);
    diagnostics.push(...checked.diagnostics);
    if (checked.guide && checked.diagnostics.length === 0 && !clashing.has(file))
      guides.push(checked.guide);
  }
  const vocabulary = readVocabulary(options.guidesDir, options.root, diagnostics);
  const lint = lintAcrossGuides(lintables, vocabulary);
  siteLinks.addTerms(lintables);
  const crossGuide = [...lint.errors, ...siteLinks.check()];
  diagnostics.push(...crossGuide);
  // A guide that fails a cross-guide check is not ready to publish either.
  const flagged = new Set(crossGuide.map((d) => d.file));
  return {
    guides: guides.filter((g) => !flagged.has(g.file)),
    guideFiles,
    tsVersions,
    diagnostics,
    warnings: lint.warnings,
    fileCount: names.length,
  };
}

/**
 * Reads and checks one guide file: its own problems (the checks across guides need every guide),
 * the guide when its frontmatter is valid, and what the checks across guides read of it.
 */
export function checkGuideFile(
  name: string,
  options: LoadOptions,
  guideFiles: GuideFiles,
  collect: { tsVersions?: TsVersion[]; siteLinks?: SiteLinkCheck } = {},
): { guide?: ParsedGuide; lintable?: LintableGuide; diagnostics: Diagnostic[] } {
  const sink = new DiagnosticSink(guidePath(options, name));
  // Only a guide read as far as its Markdown has something the checks across guides read.
  const unread = () => collect.siteLinks?.addUnreadGuide(guideFiles.get(name) ?? name);
  try {
    const read = readGuide(name, options, guideFiles, sink, collect.tsVersions, collect.siteLinks);
    if (!read.lintable) unread();
    return { ...read, diagnostics: sink.items };
  } catch (error) {
    // A guide that trips the checker is that guide's problem, stated once; the others are still checked.
    sink.add('file.unreadable', 1, 'file', { error: describeError(error) });
    unread();
    return { diagnostics: sink.items };
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]?.slice(0, 160) ?? text;
}

/** Reads one guide from the disk and checks it. */
function readGuide(
  name: string,
  options: LoadOptions,
  guideFiles: GuideFiles,
  sink: DiagnosticSink,
  foundTsVersions?: TsVersion[],
  siteLinks?: SiteLinkCheck,
): { guide?: ParsedGuide; lintable?: LintableGuide } {
  const { guidesDir, root, cacheDir } = options;
  const file = sink.file;
  const baseName = name.slice(0, -extname(name).length);
  const path = join(guidesDir, name);
  if (!checkSize(statSync(path).size, sink)) return {};
  const context = {
    file,
    slug: guideFiles.get(name) ?? name,
    isMdx: name.endsWith('.mdx'),
    guideFiles,
    tsVersions: { root, guidesDir, baseName, guideFile: file },
    foundTsVersions,
    cacheDir,
    siteLinks,
  };
  return checkGuide(readFileSync(path), context, sink);
}

interface GuideContext {
  file: string;
  slug: string;
  isMdx: boolean;
  guideFiles: GuideFiles;
  tsVersions: TsVersionContext;
  /** Receives every TypeScript version collected, even when the guide has other problems. */
  foundTsVersions?: TsVersion[] | undefined;
  cacheDir?: string | undefined;
  /** Collects the guide's pages, ids and site links for the check across guides. */
  siteLinks?: SiteLinkCheck | undefined;
}

export function parseGuide(
  bytes: Uint8Array,
  context: GuideContext,
  sink: DiagnosticSink,
): ParsedGuide | undefined {
  return checkGuide(bytes, context, sink).guide;
}

/**
 * Parses a guide (no disk access), finds its TypeScript versions (a pass over the parsed
 * questions) and runs the rules. Returns the guide when its frontmatter is valid, and in any case
 * what the checks across guides read, so those report in the same run as everything else.
 */
function checkGuide(
  bytes: Uint8Array,
  context: GuideContext,
  sink: DiagnosticSink,
): { guide?: ParsedGuide; lintable?: LintableGuide } {
  const markdownCache = context.cacheDir ? diskMarkdownCache(context.cacheDir) : undefined;
  const parsed = parseInto(bytes, context.file, sink, { markdownCache, isMdx: context.isMdx });
  if (!parsed) return {};
  const found = discoverTsVersions(parsed.checkable, context.tsVersions, {
    unnumbered: parsed.checkable.length < parsed.questionSections,
  });
  sink.items.push(...found.diagnostics);
  context.foundTsVersions?.push(...found.tsVersions.values());
  const tsVersions = found.tsVersions;

  let trees: GuideTrees | undefined;
  const ruleContext: RuleContext = {
    slug: context.slug,
    guideFiles: context.guideFiles,
    tsVersions,
    trees: () =>
      (trees ??= buildGuideTrees(
        { ...parsed, slug: context.slug, tsVersions },
        context.guideFiles,
      )),
  };
  for (const rule of GUIDE_RULES) sink.items.push(...rule(parsed, ruleContext));
  context.siteLinks?.addGuide(
    { slug: context.slug, file: context.file, questions: parsed.questions },
    ruleContext.trees(),
  );
  const prose = questionProse(ruleContext.trees());

  const lineOf = parsed.located.lineOf;
  const lintable: LintableGuide = {
    file: context.file,
    questions: parsed.checkable,
    lineOf,
    frontmatter: parsed.frontmatter ?? {
      tags: validItems(parsed, 'tags'),
      companies: validItems(parsed, 'companies'),
    },
  };
  if (!parsed.frontmatter) return { lintable };
  const { lede, quickRead, sections, questions, source } = parsed;
  return {
    guide: {
      slug: context.slug,
      file: context.file,
      frontmatter: parsed.frontmatter,
      lede,
      quickRead,
      sections,
      questions,
      tsVersions,
      source,
      prose,
      lineOf,
    },
    lintable,
  };
}

/** A frontmatter list's items that passed validation, each at its own index (the others are holes). */
function validItems(parsed: ParsedText, key: 'tags' | 'companies'): string[] {
  const value = parsed.located.valueAt([key]);
  const items: string[] = [];
  if (!Array.isArray(value)) return items;
  const invalid = new Set(
    parsed.frontmatterIssues
      .filter((path) => path[0] === key && path.length > 1)
      .map((path) => path[1]),
  );
  value.forEach((item, index) => {
    if (typeof item === 'string' && item.trim() !== '' && !invalid.has(index)) items[index] = item;
  });
  return items;
}
