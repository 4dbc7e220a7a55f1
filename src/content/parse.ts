import type { Heading, Root, RootContent } from 'mdast';
import { decodeGuide } from './decode.ts';
import { type Diagnostic, DiagnosticSink } from './diagnostics.ts';
import { type LocatedFrontmatter, splitGuide } from './frontmatter.ts';
import { type MarkdownCache, parseMarkdown } from './markdown.ts';
import { outlineGuide } from './outline.ts';
import { type CheckableQuestion, parseQuestion, type ParsedQuestion } from './questions.ts';
import {
  FRONTMATTER_KEYS,
  type GuideFrontmatter,
  GuideFrontmatterSchema,
} from './schema/guide-frontmatter.ts';
import { issuesToDiagnostics } from './zod-diagnostics.ts';
import { problem } from './diagnostic-catalogue.ts';

export type GuideBlock =
  { kind: 'markdown'; nodes: RootContent[] } | { kind: 'question'; question: ParsedQuestion };

/** A guide's text read as far as it goes: what the checks and the pages work from. */
export interface ParsedText {
  /** The file's name as messages show it, e.g. `content/guides/streams.md`. */
  file: string;
  isMdx: boolean;
  /** The decoded text (no BOM, `\n` line ends), for the lines of raw HTML. */
  source: string;
  /** The frontmatter as written, with where each value sits (no values when its YAML is unreadable). */
  located: LocatedFrontmatter;
  /** The validated frontmatter; undefined when it has problems (they are in the diagnostics). */
  frontmatter: GuideFrontmatter | undefined;
  /** Where the frontmatter's problems are, e.g. `['companies', 2]`. */
  frontmatterIssues: ReadonlyArray<readonly PropertyKey[]>;
  root: Root;
  lede: RootContent[];
  quickRead: { heading: Heading; nodes: RootContent[] } | undefined;
  sections: Array<{ heading: Heading | undefined; blocks: GuideBlock[] }>;
  /** Questions that could be read; a question with problems is reported and left out. */
  questions: ParsedQuestion[];
  /**
   * Every numbered question as far as it could be read, with problems or not, in order: what the
   * checks read, so one run reports every problem (a page is never written from these).
   */
  checkable: CheckableQuestion[];
  /** The text of question sections whose heading has no number: checked (links, HTML), never shown. */
  unnumbered: RootContent[];
  /** How many `### Question N:` sections the guide has, readable or not. */
  questionSections: number;
}

export interface ParseOptions {
  /** Keeps parsed Markdown between runs; `parse` itself never reads or writes the disk. */
  markdownCache?: MarkdownCache | undefined;
  /** Read the body as MDX; by default, when the file name ends in `.mdx`. */
  isMdx?: boolean | undefined;
}

/**
 * Reads a guide's text with no disk access: decodes it, splits and validates the frontmatter,
 * parses the Markdown and reads its outline and questions. Every problem found is returned;
 * `parsed` is undefined only when the text cannot be read as far as its Markdown.
 */
export function parse(
  input: string | Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): { parsed: ParsedText | undefined; diagnostics: Diagnostic[] } {
  const sink = new DiagnosticSink(fileName);
  return { parsed: parseInto(input, fileName, sink, options), diagnostics: sink.items };
}

/** `parse`, reporting into a caller's sink. */
export function parseInto(
  input: string | Uint8Array,
  fileName: string,
  sink: DiagnosticSink,
  { markdownCache, isMdx = fileName.endsWith('.mdx') }: ParseOptions = {},
): ParsedText | undefined {
  const text = typeof input === 'string' ? normaliseText(input) : decodeGuide(input, sink);
  if (text === undefined) return undefined;
  const split = splitGuide(text, sink);
  if (!split) return undefined;

  // YAML that could not be read is reported already; its fields are not also reported missing.
  const located = split.frontmatter ?? UNREAD_FRONTMATTER;
  const validated = split.frontmatter && GuideFrontmatterSchema.safeParse(located.data);
  if (validated && !validated.success) {
    sink.items.push(
      ...issuesToDiagnostics(validated.error.issues, {
        file: sink.file,
        valueAt: located.valueAt,
        lineOf: located.lineOf,
        fieldName: (path) =>
          path.length > 1
            ? `${String(path[0])} (item ${Number(path[1]) + 1})`
            : String(path[0] ?? 'frontmatter'),
        knownKeys: () => FRONTMATTER_KEYS,
        problems: {
          unknownKey: (key, known, suggestion) =>
            problem('schema.unknown-key', { key, known, suggestion }),
          missing: (key, expected) => problem('schema.required', { key, expected }),
          invalid: (text) => problem('schema.invalid', text),
        },
      }),
    );
  }

  const root = parseMarkdown(
    split.body,
    split.bodyStartLine,
    split.bodyStartOffset,
    isMdx,
    sink,
    markdownCache,
  );
  if (!root) return undefined;
  const outline = outlineGuide(root, sink);
  const questions: ParsedQuestion[] = [];
  const checkable: CheckableQuestion[] = [];
  const unnumbered: RootContent[] = [];
  const sections = outline.sections.map((section) => ({
    heading: section.heading,
    blocks: section.blocks.flatMap((block): GuideBlock[] => {
      if (block.kind === 'markdown') return [block];
      const read = parseQuestion(block.heading, block.nodes, sink);
      if (read.checkable) checkable.push(read.checkable);
      else unnumbered.push(...block.nodes);
      if (!read.question) return [];
      questions.push(read.question);
      return [{ kind: 'question', question: read.question }];
    }),
  }));
  const questionSections = outline.sections
    .flatMap((s) => s.blocks)
    .filter((b) => b.kind === 'question').length;
  return {
    file: sink.file,
    isMdx,
    source: text,
    located,
    frontmatter: validated?.success ? validated.data : undefined,
    frontmatterIssues: validated?.error?.issues.map((issue) => issue.path) ?? [],
    root,
    lede: outline.lede,
    quickRead: outline.quickRead,
    sections,
    questions,
    checkable,
    unnumbered,
    questionSections,
  };
}

/** Frontmatter whose YAML could not be read: no values, and its messages point at the top. */
const UNREAD_FRONTMATTER: LocatedFrontmatter = {
  data: undefined,
  valueAt: () => undefined,
  lineOf: () => 1,
};

/** Text given as a string gets the same BOM and line-ending treatment as decoded bytes. */
function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
