import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Code, Heading, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { decodeGuide } from './decode.ts';
import { type Diagnostic, DiagnosticSink } from './diagnostics.ts';
import { splitGuide } from './frontmatter.ts';
import { checkLinks, type GuideFiles } from './links.ts';
import { parseMarkdown } from './markdown.ts';
import { outlineGuide } from './outline.ts';
import { parseQuestion, type ParsedQuestion } from './questions.ts';
import { checkHtmlSafety, checkMdxSafety, reportRemovals } from './safety.ts';
import { FRONTMATTER_KEYS, type GuideFrontmatter, GuideFrontmatterSchema } from './schema/guide-frontmatter.ts';
import { slugify } from './slug.ts';
import { buildGuideTrees, guideFragments, questionProse, type QuestionProse } from '../render/guide-trees.ts';
import { checkSize } from './limits.ts';
import { SiteLinkCheck } from './site-links.ts';
import { collectTsVersions, needsTsVersion, type TsVersion } from './ts-versions.ts';
import { lintAcrossGuides, readVocabulary } from './vocabulary.ts';
import { issuesToDiagnostics } from './zod-diagnostics.ts';

export type GuideBlock = { kind: 'markdown'; nodes: RootContent[] } | { kind: 'question'; question: ParsedQuestion };

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

export interface LoadOptions {
  /** Folder holding the guides. */
  guidesDir: string;
  /** Project root: file paths in messages are relative to it. */
  root: string;
  /** Folder where parsed Markdown is kept between runs, keyed by content; none parses every time. */
  cacheDir?: string | undefined;
}

const GUIDE_EXTENSIONS = new Set(['.md', '.mdx']);

/** Reads and checks every guide in the folder, reporting all problems in all files. */
export function loadGuides(options: LoadOptions): LoadResult {
  const { names, refused } = findGuideFiles(options.guidesDir, options.root);
  const guideFiles = guideFileMap(names);
  const diagnostics: Diagnostic[] = refused.map(({ name, reason }) => ({ file: guidePath(options, name), line: 1, field: 'file', message: `expected a guide file inside ${relative(options.root, options.guidesDir) || '.'}, received ${reason}`, hint: 'copy the guide into the folder instead of linking to it' }));
  const guides: ParsedGuide[] = [];
  const tsVersions: TsVersion[] = [];
  const siteLinks = new SiteLinkCheck();
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const sink = new DiagnosticSink(guidePath(options, name));
    const slug = guideFiles.get(name) ?? name;
    const clash = bySlug.get(slug);
    if (clash) {
      const address = `/guides/${slug}/`;
      diagnostics.push({ file: guidePath(options, clash), line: 1, field: 'file name', message: `expected a page address no other guide has, received ${address}, which "${name}" also maps to`, hint: 'rename one of the two files' });
      sink.report(1, 'file name', 'a page address no other guide has', `${address}, which "${clash}" also maps to`, 'rename one of the two files');
    }
    bySlug.set(slug, name);
    let guide: ParsedGuide | undefined;
    try {
      guide = readGuide(name, options, guideFiles, sink, tsVersions, false, siteLinks);
    } catch (error) {
      // A guide that trips the checker is that guide's problem, stated once; the others are still checked.
      sink.report(1, 'file', 'a guide the checker can read', `an error while reading it (${describeError(error)})`, 'simplify the part of the guide you changed last');
    }
    diagnostics.push(...sink.items);
    if (guide && sink.items.length === 0) guides.push(guide);
  }
  const vocabulary = readVocabulary(options.guidesDir, options.root, diagnostics);
  const lint = lintAcrossGuides(guides, vocabulary);
  siteLinks.addTerms(guides);
  const crossGuide = [...lint.errors, ...siteLinks.check()];
  diagnostics.push(...crossGuide);
  // A guide that fails a cross-guide check is not ready to publish either.
  const flagged = new Set(crossGuide.map((d) => d.file));
  return { guides: guides.filter((g) => !flagged.has(g.file)), guideFiles, tsVersions, diagnostics, warnings: lint.warnings, fileCount: names.length };
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]?.slice(0, 160) ?? text;
}

/**
 * Guides already checked in this build, one at a time, so a caller can render each and let its
 * syntax tree go before reading the next (the build's pages never hold every tree at once).
 */
export function* checkedGuides(options: LoadOptions): Generator<{ guide: ParsedGuide; guideFiles: GuideFiles }> {
  const names = listGuideFiles(options.guidesDir);
  const guideFiles = guideFileMap(names);
  for (const name of names) {
    const sink = new DiagnosticSink(guidePath(options, name));
    const guide = readGuide(name, options, guideFiles, sink, undefined, true);
    if (!guide || sink.items.length > 0) throw new Error(`${sink.file} changed since it was checked; run the build again`);
    yield { guide, guideFiles };
  }
}

function guideFileMap(names: readonly string[]): GuideFiles {
  return new Map(names.map((name) => [name, slugify(name.slice(0, -extname(name).length))]));
}

function guidePath({ guidesDir, root }: LoadOptions, name: string): string {
  return relative(root, join(guidesDir, name)).split('\\').join('/');
}

function readGuide(name: string, options: LoadOptions, guideFiles: GuideFiles, sink: DiagnosticSink, foundTsVersions?: TsVersion[], alreadyChecked = false, siteLinks?: SiteLinkCheck): ParsedGuide | undefined {
  const { guidesDir, root, cacheDir } = options;
  const file = sink.file;
  const baseName = name.slice(0, -extname(name).length);
  const path = join(guidesDir, name);
  if (!checkSize(statSync(path).size, sink)) return undefined;
  const context = { file, slug: guideFiles.get(name) ?? name, isMdx: name.endsWith('.mdx'), guideFiles, tsVersions: { root, guidesDir, baseName, guideFile: file }, foundTsVersions, cacheDir, alreadyChecked, siteLinks };
  return parseGuide(readFileSync(path), context, sink);
}

/** Guide files: `.md`/`.mdx` directly in the folder; names starting with `_` or `.` are drafts. */
export function listGuideFiles(guidesDir: string): string[] {
  return findGuideFiles(guidesDir).names;
}

/**
 * Guide files, with links followed when they stay inside the folder; a link that leads out of it
 * (or nowhere) is refused, never skipped without a word.
 */
export function findGuideFiles(guidesDir: string, root = guidesDir): { names: string[]; refused: Array<{ name: string; reason: string }> } {
  const names: string[] = [];
  const refused: Array<{ name: string; reason: string }> = [];
  const folder = realpathSync(guidesDir);
  for (const entry of readdirSync(guidesDir, { withFileTypes: true })) {
    if (!GUIDE_EXTENSIONS.has(extname(entry.name)) || /^[_.]/.test(entry.name)) continue;
    if (entry.isFile()) names.push(entry.name);
    else if (entry.isSymbolicLink()) {
      const target = linkTarget(join(guidesDir, entry.name));
      if (target && target.startsWith(folder + sep) && statSync(target).isFile()) names.push(entry.name);
      else refused.push({ name: entry.name, reason: target ? `a link to ${relative(realpathSync(root), target).split(sep).join('/')}, outside the folder` : 'a link to nothing' });
    }
  }
  return { names: names.sort(), refused };
}

function linkTarget(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

interface GuideContext {
  file: string;
  slug: string;
  isMdx: boolean;
  guideFiles: GuideFiles;
  tsVersions: Parameters<typeof collectTsVersions>[2];
  /** Receives every TypeScript version collected, even when the guide has other problems. */
  foundTsVersions?: TsVersion[] | undefined;
  cacheDir?: string | undefined;
  /** The guide passed every check earlier in this build; skip the slow HTML checks. */
  alreadyChecked?: boolean;
  /** Collects the guide's pages, ids and site links for the check across guides. */
  siteLinks?: SiteLinkCheck | undefined;
}

export function parseGuide(bytes: Uint8Array, context: GuideContext, sink: DiagnosticSink): ParsedGuide | undefined {
  const text = decodeGuide(bytes, sink);
  if (text === undefined) return undefined;
  const split = splitGuide(text, sink);
  if (!split) return undefined;

  const { frontmatter } = split;
  const parsed = GuideFrontmatterSchema.safeParse(frontmatter.data);
  if (!parsed.success) {
    sink.items.push(
      ...issuesToDiagnostics(parsed.error.issues, {
        file: context.file,
        valueAt: frontmatter.valueAt,
        lineOf: frontmatter.lineOf,
        fieldName: (path) => (path.length > 1 ? `${String(path[0])} (item ${Number(path[1]) + 1})` : String(path[0] ?? 'frontmatter')),
        knownKeys: () => FRONTMATTER_KEYS,
        missing: (key) => ({ received: 'nothing (the key is missing)', hint: `add a "${key}:" line to the frontmatter` }),
      }),
    );
  }

  const root = parseMarkdown(split.body, split.bodyStartLine, split.bodyStartOffset, context.isMdx, sink, context.cacheDir);
  if (!root) return undefined;
  const outline = outlineGuide(root, sink);
  const questions: ParsedQuestion[] = [];
  const sections = outline.sections.map((section) => ({
    heading: section.heading,
    blocks: section.blocks.flatMap((block): GuideBlock[] => {
      if (block.kind === 'markdown') return [block];
      const question = parseQuestion(block.heading, block.nodes, sink);
      if (!question) return [];
      questions.push(question);
      return [{ kind: 'question', question }];
    }),
  }));
  checkNumbering(questions, sink);
  const outside: RootContent[] = [...outline.lede, ...(outline.quickRead?.nodes ?? []), ...sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'markdown' ? b.nodes : [])))];
  const tsVersions = collectTsVersions(questions, strayCode(outside), context.tsVersions, sink);
  context.foundTsVersions?.push(...tsVersions.values());

  const questionSections = outline.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'question').length;
  const questionCount = frontmatter.valueAt(['questionCount']);
  if (typeof questionCount === 'number' && Number.isInteger(questionCount) && questionCount >= 0 && questionCount !== questionSections) {
    sink.report(frontmatter.lineOf(['questionCount']), 'questionCount', `${questionSections} (the number of "### Question N:" sections)`, String(questionCount), `set questionCount to ${questionSections} or remove it`);
  }

  // The HTML checks read the trees the pages are written from; a guide checked earlier in this build skips them.
  let prose: ReadonlyMap<ParsedQuestion, QuestionProse> | undefined;
  if (!context.alreadyChecked) {
    const trees = buildGuideTrees({ slug: context.slug, source: text, lede: outline.lede, quickRead: outline.quickRead, sections, questions, tsVersions }, context.guideFiles);
    const fragments = guideFragments(trees);
    const elements = fragments.flatMap((f) => f.elements);
    const reported = checkHtmlSafety(elements, sink);
    reportRemovals(fragments.flatMap((f) => f.removals), reported, sink);
    checkLinks(elements, context.guideFiles, sink, basename(context.file));
    if (context.isMdx) checkMdxSafety(root, sink);
    context.siteLinks?.addGuide({ slug: context.slug, file: context.file, questions }, trees);
    prose = questionProse(trees);
  }

  if (!parsed.success) return undefined;
  return { slug: context.slug, file: context.file, frontmatter: parsed.data, lede: outline.lede, quickRead: outline.quickRead, sections, questions, tsVersions, source: text, prose, lineOf: frontmatter.lineOf };
}

function strayCode(nodes: readonly RootContent[]): Code[] {
  const found: Code[] = [];
  for (const node of nodes) visit(node, 'code', (code: Code) => void (needsTsVersion(code) && found.push(code)));
  return found;
}

/** Question numbers are the author's: any start, but unique and ascending. */
function checkNumbering(questions: readonly ParsedQuestion[], sink: DiagnosticSink): void {
  const seen = new Map<number, number>();
  let previous: ParsedQuestion | undefined;
  for (const question of questions) {
    const { number } = question.meta;
    const field = `Question ${number}`;
    const first = seen.get(number);
    if (first !== undefined) {
      sink.report(question.line, field, 'a question number used once in the guide', `${number} again (also at line ${first})`, 'renumber one of them');
    } else if (previous && number < previous.meta.number) {
      sink.report(question.line, field, `a number above ${previous.meta.number} (numbers ascend through the guide)`, String(number), 'reorder the questions or fix the number');
    }
    seen.set(number, question.line);
    previous = question;
  }
}
