import { listChoices, truncate } from './describe.ts';
import { LIMITS } from './limits-values.ts';

/** Sections of README.md that explain how to fix a problem (GitHub heading ids). */
export const README_ANCHORS = [
  'frontmatter',
  'questions',
  'links',
  'raw-html-and-mdx',
  'files-and-limits',
  'vocabulary',
  'typescript-examples',
  'checking-a-guide',
] as const;
export type ReadmeAnchor = (typeof README_ANCHORS)[number];

/** The three parts of every message: `expected …, received …; hint: …`. */
export interface DiagnosticText {
  expected: string;
  received: string;
  hint?: string | undefined;
}

interface CatalogueEntry {
  anchor: ReadmeAnchor;
  text: (...args: never[]) => DiagnosticText;
}

const entry = <A extends unknown[]>(
  anchor: ReadmeAnchor,
  text: (...args: A) => DiagnosticText,
) => ({
  anchor,
  text,
});

const KIB = 1024;
const FRONTMATTER_HINT =
  'start the file with a frontmatter block: a "---" line, title, category, difficulty, … and a closing "---" line';
const quoted = (text: string, max: number) => JSON.stringify(truncate(text, max));
const didYouMean = (suggestion: string | undefined) =>
  suggestion === undefined ? undefined : `did you mean "${suggestion}"?`;

/**
 * Every problem the guide check can report: its kind, the README section that explains the fix,
 * and how its message is worded from a few facts. Call sites name a kind and give the facts.
 */
export const DIAGNOSTICS = {
  // The file as a whole.
  'file.empty': entry('frontmatter', () => ({
    expected: 'a guide with frontmatter and questions',
    received: 'an empty file',
    hint: FRONTMATTER_HINT,
  })),
  'file.not-utf8': entry('files-and-limits', (p: { byte: number; column: number }) => ({
    expected: 'UTF-8 text',
    received: `byte 0x${p.byte.toString(16).padStart(2, '0')} in column ${p.column}`,
    hint: 're-save the file with UTF-8 encoding',
  })),
  'file.link-outside': entry('files-and-limits', (p: { folder: string; found: string }) => ({
    expected: `a guide file inside ${p.folder}`,
    received: p.found,
    hint: 'copy the guide into the folder instead of linking to it',
  })),
  'file.slug-clash': entry('files-and-limits', (p: { address: string; other: string }) => ({
    expected: 'a page address no other guide has',
    received: `${p.address}, which "${p.other}" also maps to`,
    hint: 'rename one of the two files',
  })),
  'file.unreadable': entry('files-and-limits', (p: { error: string }) => ({
    expected: 'a guide the checker can read',
    received: `an error while reading it (${p.error})`,
    hint: 'simplify the part of the guide you changed last',
  })),
  'file.no-guides-folder': entry('checking-a-guide', () => ({
    expected: 'a folder of guides',
    received: 'nothing',
    hint: 'create it and add a guide',
  })),

  // Frontmatter: its block, its YAML and its keys.
  'frontmatter.no-opening-line': entry('frontmatter', (p: { firstLine: string }) => ({
    expected: 'the file to start with a "---" line',
    received: quoted(p.firstLine, 60),
    hint: FRONTMATTER_HINT,
  })),
  'frontmatter.unclosed': entry('frontmatter', () => ({
    expected: 'a closing "---" line after the frontmatter',
    received: 'the end of the file',
    hint: 'add a line with "---" after the last frontmatter key',
  })),
  'frontmatter.yaml-syntax': entry('frontmatter', (p: { error: string; hint: string }) => ({
    expected: 'valid YAML',
    received: `a syntax error (${p.error})`,
    hint: p.hint,
  })),
  'frontmatter.too-deep': entry('frontmatter', () => ({
    expected: 'YAML with lists and mappings nested a few levels deep',
    received: 'nesting too deep to read',
    hint: 'frontmatter values are plain text, numbers, dates and short lists',
  })),
  'schema.unknown-key': entry(
    'frontmatter',
    (p: { key: string; known: readonly string[]; suggestion?: string | undefined }) => ({
      expected: `one of the known keys (${p.known.join(', ')})`,
      received: `unknown key "${p.key}"`,
      hint: didYouMean(p.suggestion) ?? `remove "${p.key}"`,
    }),
  ),
  'schema.required': entry('frontmatter', (p: { key: string; expected: string }) => ({
    expected: p.expected,
    received: 'nothing (the key is missing)',
    hint: `add a "${p.key}:" line to the frontmatter`,
  })),
  /** The expected half comes from the schema's own message for the field. */
  'schema.invalid': entry('frontmatter', (p: DiagnosticText) => p),
  'schema.question-count': entry('frontmatter', (p: { sections: number; written: number }) => ({
    expected: `${p.sections} (the number of "### Question N:" sections)`,
    received: String(p.written),
    hint: `set questionCount to ${p.sections} or remove it`,
  })),

  // Markdown and the guide's outline.
  'markdown.syntax': entry('questions', (p: { reason: string }) => ({
    expected: 'Markdown the parser can read',
    received: `an error (${p.reason})`,
  })),
  'markdown.mdx-syntax': entry('raw-html-and-mdx', (p: { reason: string }) => ({
    expected: 'valid MDX',
    received: `a syntax error (${p.reason})`,
    hint: 'in .mdx files escape "<" and "{" as \\< and \\{, or use a .md file',
  })),
  'structure.quick-read-missing': entry('questions', () => ({
    expected: 'a "## Quick Read" section before the questions',
    received: 'none',
    hint: 'add "## Quick Read" with an Executive Summary, Key Points and a TL;DR',
  })),
  'structure.quick-read-repeated': entry('questions', (p: { firstLine: number }) => ({
    expected: 'one "## Quick Read" section',
    received: 'a second one',
    hint: `the first is at line ${p.firstLine}; merge them`,
  })),
  'structure.question-heading-level': entry('questions', (p: { text: string; depth: number }) => ({
    expected: `a level-3 heading "### ${p.text}" for a question`,
    received: `a level-${p.depth} heading`,
    hint: 'write questions as "### Question N: title"',
  })),

  // One question.
  'question.heading-unnumbered': entry('questions', (p: { heading: string }) => ({
    expected: '"### Question N: title" with N a whole number',
    received: quoted(p.heading, 60),
    hint: 'number the question, e.g. "### Question 3: How does …?"',
  })),
  'question.number-repeated': entry('questions', (p: { number: number; firstLine: number }) => ({
    expected: 'a question number used once in the guide',
    received: `${p.number} again (also at line ${p.firstLine})`,
    hint: 'renumber one of them',
  })),
  'question.numbers-descending': entry('questions', (p: { number: number; previous: number }) => ({
    expected: `a number above ${p.previous} (numbers ascend through the guide)`,
    received: String(p.number),
    hint: 'reorder the questions or fix the number',
  })),
  'question.meta-required': entry(
    'questions',
    (p: { expected: string; label: string; example?: string | undefined }) => ({
      expected: p.expected,
      received: `nothing (no **${p.label}**: line)`,
      hint: p.example === undefined ? undefined : `add "${p.example}" under the question heading`,
    }),
  ),
  /** The expected half comes from the schema's own message for the field. */
  'question.meta-invalid': entry('questions', (p: DiagnosticText) => p),
  'question.meta-repeated': entry('questions', (p: { label: string; firstLine: number }) => ({
    expected: `one **${p.label}**: line`,
    received: `a second one (the first is at line ${p.firstLine})`,
  })),
  'question.meta-inside-part': entry('questions', (p: { label: string; part: string }) => ({
    expected: 'metadata lines right under the question heading',
    received: `**${p.label}**: inside ${p.part}`,
    hint: 'move it above **Quick Answer**:',
  })),
  'question.meta-stray-text': entry('questions', (p: { text: string }) => ({
    expected: 'metadata written as **Label**: value',
    received: `text ${quoted(p.text.trim(), 40)} outside a label`,
    hint: 'put each value after its label, e.g. "**Category**: Security"',
  })),
  'question.unknown-meta-label': entry(
    'questions',
    (p: { label: string; labels: readonly string[]; suggestion?: string | undefined }) => ({
      expected: `one of the labels ${listChoices(p.labels)}`,
      received: `unknown label **${p.label}**`,
      hint: p.suggestion
        ? `did you mean **${p.suggestion}**?`
        : 'remove it or move it into the answer',
    }),
  ),
  'question.label-typo': entry(
    'questions',
    (p: { label: string; labels: readonly string[]; suggestion: string }) => ({
      expected: `one of the labels ${listChoices(p.labels)}`,
      received: `unknown label **${p.label}**`,
      hint: `did you mean **${p.suggestion}**?`,
    }),
  ),
  'question.label-mid-paragraph': entry('questions', (p: { label: string }) => ({
    expected: `"**${p.label}**:" at the start of its own paragraph`,
    received: 'it in the middle of a paragraph',
    hint: 'put a blank line before it',
  })),
  'question.text-before-answer': entry('questions', (p: { found: string }) => ({
    expected: '**Quick Answer**: after the metadata lines',
    received: `${p.found} that belongs to no part`,
    hint: 'start the answer with "**Quick Answer**: …"',
  })),
  'question.part-missing': entry(
    'questions',
    (p: { part: 'Quick Answer' | 'Detailed Answer' }) => ({
      expected: `a "**${p.part}**:" paragraph`,
      received: 'none',
      hint:
        p.part === 'Quick Answer'
          ? 'answer in one to three sentences after "**Quick Answer**:"'
          : 'explain after "**Detailed Answer**:"',
    }),
  ),
  'question.part-empty': entry('questions', () => ({
    expected: 'text after the label',
    received: 'an empty answer',
  })),
  'question.part-repeated': entry('questions', (p: { label: string; firstLine: number }) => ({
    expected: `one "**${p.label}**:" per question`,
    received: `a second one (the first is at line ${p.firstLine})`,
    hint: 'merge the two parts',
  })),
  'question.code-example-without-code': entry('questions', () => ({
    expected: 'a fenced code block (```lang … ```) after "**Code Example**:"',
    received: 'no code block',
    hint: 'add the code or remove the label',
  })),
  'question.follow-ups-not-a-list': entry('questions', (p: { found: string }) => ({
    expected: 'a list of questions ("- …" per line)',
    received: p.found,
  })),
  'question.follow-ups-empty': entry('questions', () => ({
    expected: 'a list of questions ("- …" per line)',
    received: 'nothing',
    hint: 'add the list or remove the label',
  })),

  // Links.
  'link.missing-guide': entry(
    'links',
    (p: { url: string; suggestion?: string | undefined; example?: string | undefined }) => ({
      expected: 'a link to a guide in content/guides/',
      received: `"${p.url}", which matches no guide`,
      hint: p.suggestion
        ? `did you mean "./${p.suggestion}"?`
        : p.example
          ? `link to a guide's file, like "./${p.example}"`
          : 'remove the link: there is no other guide yet',
    }),
  ),
  'link.image-not-absolute': entry('links', (p: { url: string }) => ({
    expected: 'an absolute image URL (https://…)',
    received: JSON.stringify(p.url),
    hint: 'guides have no local image folder yet',
  })),
  'link.missing-page': entry('links', (p: { href: string; suggestion?: string | undefined }) => ({
    expected: 'a page this site builds (a guide, a question, a browse or search page)',
    received: `"${p.href}"`,
    hint: didYouMean(p.suggestion),
  })),
  'link.missing-fragment': entry(
    'links',
    (p: { page: string; id: string; suggestion?: string | undefined }) => ({
      expected: `a heading or question id on ${p.page}`,
      received: `"#${p.id}"`,
      hint: p.suggestion
        ? `did you mean "#${p.suggestion}"?`
        : 'link to a heading that exists (ids are the heading text in lower case, joined by "-")',
    }),
  ),
  'link.script-url': entry('raw-html-and-mdx', (p: { url: string }) => ({
    expected: 'an http(s), relative or #fragment URL',
    received: quoted(p.url, 60),
    hint: 'script and data URLs are not allowed in guides',
  })),

  // Raw HTML and MDX.
  'html.active-element': entry('raw-html-and-mdx', (p: { tag: string }) => ({
    expected: 'Markdown or plain HTML without script',
    received: `a <${p.tag}> element`,
    hint: 'remove it; code to show belongs in a fenced code block',
  })),
  'html.event-handler': entry(
    'raw-html-and-mdx',
    (p: { attribute: string; value: string; tag: string }) => ({
      expected: 'HTML attributes without event handlers',
      received: `${p.attribute}="${truncate(p.value, 40)}" on <${p.tag}>`,
      hint: 'remove the event handler attribute',
    }),
  ),
  'html.removed': entry('raw-html-and-mdx', (p: { what: string; why: string }) => ({
    expected: 'HTML from the allowlist in the README ("Raw HTML")',
    received: `${p.what}, which is removed: ${p.why}`,
    hint: 'use Markdown, or one of the allowed elements and attributes',
  })),
  'mdx.import': entry('raw-html-and-mdx', () => ({
    expected: 'Markdown without import or export',
    received: 'an import/export statement',
    hint: 'guides cannot load code; remove it',
  })),
  'mdx.expression': entry('raw-html-and-mdx', (p: { expression: string }) => ({
    expected: 'Markdown without {expressions}',
    received: `{${truncate(p.expression, 40)}}`,
    hint: 'escape the brace as \\{ or remove the expression',
  })),
  'mdx.component': entry('raw-html-and-mdx', (p: { name: string }) => ({
    expected: 'plain HTML elements (lower-case)',
    received: `<${p.name}>`,
    hint: 'components are not available in guides; use Markdown',
  })),
  'mdx.expression-attribute': entry('raw-html-and-mdx', () => ({
    expected: 'string attribute values',
    received: 'an {expression} attribute',
    hint: 'write the value as a quoted string',
  })),

  // Limits against hostile input.
  'limits.file-size': entry('files-and-limits', (p: { bytes: number }) => ({
    expected: `a guide of at most ${LIMITS.guideBytes / KIB / KIB} MiB`,
    received: `${(p.bytes / KIB / KIB).toFixed(1)} MiB`,
    hint: 'split it into several guides',
  })),
  'limits.frontmatter-size': entry('files-and-limits', (p: { characters: number }) => ({
    expected: `frontmatter of at most ${LIMITS.frontmatterChars / KIB} KiB`,
    received: `${Math.ceil(p.characters / KIB)} KiB`,
    hint: 'keep the frontmatter to the keys in the README',
  })),
  'limits.yaml-aliases': entry('files-and-limits', () => ({
    expected: `YAML whose aliases (*name) expand to at most ${LIMITS.yamlAliases} values`,
    received: 'aliases that expand without bound',
    hint: 'write each value out; guides need no YAML anchors or aliases',
  })),
  'limits.container-nesting': entry('files-and-limits', (p: { depth: number }) => ({
    expected: `blockquotes and lists nested at most ${LIMITS.markdownNesting} levels deep`,
    received: `${p.depth} levels`,
    hint: 'flatten the nesting',
  })),
  'limits.delimiter-run': entry('files-and-limits', (p: { character: string; length: number }) => ({
    expected: `runs of "${p.character}" at most ${LIMITS.delimiterRun} long`,
    received: `a run of ${p.length}`,
    hint: `escape them as \\${p.character} or put them in a code span`,
  })),
  'limits.parser-depth': entry('files-and-limits', (p: { isMdx: boolean }) => ({
    expected: `${p.isMdx ? 'MDX' : 'Markdown'} nested at most ${LIMITS.treeDepth} levels deep`,
    received: 'nesting too deep to read',
    hint: 'flatten the nesting of quotes, lists, emphasis or elements',
  })),
  'limits.tree-depth': entry('files-and-limits', () => ({
    expected: `Markdown nested at most ${LIMITS.treeDepth} levels deep`,
    received: `more than ${LIMITS.treeDepth} levels (emphasis, links, lists or quotes inside each other)`,
    hint: 'flatten the nesting',
  })),
  'limits.html-depth': entry('files-and-limits', (p: { depth: number }) => ({
    expected: `HTML elements nested at most ${LIMITS.htmlDepth} deep`,
    received: `${p.depth} levels`,
    hint: 'close each element you open, and flatten the nesting',
  })),

  // Across guides: content/vocabulary.yaml, companies and titles.
  'vocabulary.yaml-syntax': entry('vocabulary', (p: { error: string }) => ({
    expected: 'valid YAML',
    received: `a syntax error (${p.error})`,
  })),
  /** The expected half comes from the vocabulary schema's own message for the field. */
  'vocabulary.invalid': entry('vocabulary', (p: DiagnosticText) => p),
  'vocabulary.unknown-tag': entry(
    'vocabulary',
    (p: { tag: string; vocabularyFile: string; suggestion?: string | undefined }) => ({
      expected: `a tag listed in ${p.vocabularyFile}`,
      received: `"${p.tag}"`,
      hint: p.suggestion
        ? `did you mean "${p.suggestion}"? Otherwise add the tag to the vocabulary`
        : 'use a listed tag or add this one to the vocabulary',
    }),
  ),
  'vocabulary.unknown-company': entry(
    'vocabulary',
    (p: { company: string; vocabularyFile: string; suggestion: string }) => ({
      expected: `a company listed in ${p.vocabularyFile}`,
      received: `"${p.company}", close to the listed "${p.suggestion}"`,
      hint: `did you mean "${p.suggestion}"? If it is another company, add it to the vocabulary`,
    }),
  ),
  'vocabulary.company-spelling': entry(
    'vocabulary',
    (p: { written: string; preferred: string; fromVocabulary: boolean }) => ({
      expected: `"${p.preferred}", the way ${p.fromVocabulary ? 'the vocabulary spells' : 'other guides spell'} this company`,
      received: `"${p.written}"`,
      hint: `write it as "${p.preferred}"`,
    }),
  ),
  'vocabulary.duplicate-title': entry('vocabulary', (p: { title: string; alsoAt: string }) => ({
    expected: 'a question title no other question uses',
    received: `"${p.title}", also at ${p.alsoAt}`,
    hint: 'make the title say what is specific to this question',
  })),

  // TypeScript examples.
  'example.outside-question': entry('typescript-examples', (p: { lang: string }) => ({
    expected: 'JavaScript and TypeScript examples inside a question',
    received: `a ${p.lang} block outside any question`,
    hint: 'move it into a question, or use another fence language if it is not meant to run',
  })),
  'example.missing-ts-version': entry(
    'typescript-examples',
    (p: { file: string; lang: string }) => ({
      expected: `${p.file}, a TypeScript version of this ${p.lang} block`,
      received: 'no such file',
      hint: 'write it as a program that runs with "node" and prints what the example shows',
    }),
  ),
  'example.missing-output': entry(
    'typescript-examples',
    (p: { file: string; tsFile: string; id: string }) => ({
      expected: `${p.file}, the output ${p.tsFile} prints`,
      received: 'no such file',
      hint: `record it with "npm run example -- ${p.id} --update"`,
    }),
  ),
  'example.orphan-ts-version': entry('typescript-examples', (p: { guideFile: string }) => ({
    expected: `a js/ts block in ${p.guideFile} that this file ports (q<N>-<k>: question N, its k-th js/ts block)`,
    received: 'a file no block uses',
    hint: 'rename it to match its block, or delete it',
  })),
  'example.orphan-output': entry('typescript-examples', (p: { tsFile: string }) => ({
    expected: `${p.tsFile} beside it, the TypeScript version whose output it records`,
    received: 'a recorded output with no TypeScript version',
    hint: `delete it, or put ${p.tsFile} back`,
  })),
  'example.type-error': entry(
    'typescript-examples',
    (p: { file: string; code: number; line: number; column: number; message: string }) => ({
      expected: `${p.file} to type-check under tsc --strict`,
      received: `TS${p.code} at ${p.file}:${p.line}:${p.column}: ${p.message}`,
    }),
  ),
  'example.drift': entry(
    'typescript-examples',
    (p: { tsFile: string; tsLine: number | undefined; tsText: string | undefined }) => ({
      expected: `the same code in ${p.tsFile}${p.tsLine === undefined ? '' : `:${p.tsLine}`}, types aside`,
      received: p.tsText === undefined ? 'no such line' : quoted(p.tsText.trim(), 80),
      hint: 'make the two say the same, or mark a deliberate change with "// Fix: <why>" on the TypeScript line or the line above',
    }),
  ),
  'example.expected-error-missing': entry(
    'typescript-examples',
    (p: { file: string; code: number; line: number }) => ({
      expected: `error TS${p.code} in ${p.file}, as its "// @errors" line (${p.file}:${p.line}) says`,
      received: `no TS${p.code} error`,
      hint: `remove ${p.code} from the "// @errors" line, or keep the code that shows the error`,
    }),
  ),
  'example.project-type-error': entry(
    'typescript-examples',
    (p: { code: number; message: string }) => ({
      expected: 'the examples to type-check',
      received: `TS${p.code}: ${p.message}`,
    }),
  ),

  // Predict-the-output markers (`// @predict` in a TypeScript version).
  'predict.bad-marker': entry('typescript-examples', (p: { text: string }) => ({
    expected: '"// @predict" or "// @predict order" alone on its line',
    received: JSON.stringify(p.text),
    hint: 'write "// @predict" to have each output line typed, "// @predict order" to have the printed lines put in order',
  })),
  'predict.second-marker': entry('typescript-examples', (p: { firstLine: number }) => ({
    expected: 'one predict marker per example',
    received: `a second marker (the first is on line ${p.firstLine})`,
    hint: 'delete one of them',
  })),
  'predict.no-output': entry('typescript-examples', (p: { id: string }) => ({
    expected: 'recorded output to compare predictions with',
    received: 'a marked example with no .output.txt',
    hint: `record it with "npm run example -- ${p.id} --update"`,
  })),
  'predict.empty-output': entry('typescript-examples', () => ({
    expected: 'an example that prints at least one line',
    received: 'empty recorded output',
    hint: 'remove the marker, or mark an example that prints something',
  })),
  'predict.too-long': entry('typescript-examples', (p: { lines: number; max: number }) => ({
    expected: `at most ${p.max} output lines to predict`,
    received: `${p.lines} lines`,
    hint: 'mark a shorter example',
  })),
  'predict.unstable-output': entry('typescript-examples', (p: { line: number; text: string }) => ({
    expected: 'output that is the same on every run (nothing the runner replaces)',
    received: `output line ${p.line} "${p.text}"`,
    hint: 'a candidate cannot predict a time, port, id or duration; mark another example',
  })),
  'predict.order-needs-two': entry('typescript-examples', (p: { distinct: number }) => ({
    expected: 'at least two different lines to put in order',
    received: `${p.distinct} distinct line`,
    hint: 'use "// @predict" instead',
  })),

  // npm run new.
  'scaffold.invalid-slug': entry('checking-a-guide', (p: { slug: string }) => ({
    expected: 'a slug in kebab-case (lower-case words joined by "-", like "http-caching")',
    received: JSON.stringify(p.slug),
    hint: 'the slug becomes the file name and the address /guides/<slug>/',
  })),
  'scaffold.slug-taken': entry('checking-a-guide', (p: { slug: string; file: string }) => ({
    expected: 'a slug no guide uses yet',
    received: `"${p.slug}", which ${p.file} already has`,
    hint: 'choose another slug, or edit the existing guide',
  })),
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticKind = keyof typeof DIAGNOSTICS;
/** The facts a kind's message is worded from. */
export type DiagnosticArgs<K extends DiagnosticKind> = Parameters<(typeof DIAGNOSTICS)[K]['text']>;

/** A kind with its facts, before it is placed at a file, line and field. */
export type Problem = {
  [K in DiagnosticKind]: { kind: K; args: DiagnosticArgs<K> };
}[DiagnosticKind];

export const problem = <K extends DiagnosticKind>(kind: K, ...args: DiagnosticArgs<K>) =>
  ({ kind, args }) as Problem;

/** The message and hint of a problem, from its catalogue entry. */
export function describeProblem({ kind, args }: Problem): DiagnosticText {
  const text = DIAGNOSTICS[kind].text as (...facts: typeof args) => DiagnosticText;
  return text(...args);
}
