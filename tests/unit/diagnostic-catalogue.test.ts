import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTICS,
  type DiagnosticArgs,
  type DiagnosticKind,
  README_ANCHORS,
} from '../../src/content/diagnostic-catalogue.ts';
import { diagnostic, formatDiagnostic } from '../../src/content/diagnostics.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/** One sample input per kind: the table every message is pinned by. */
const SAMPLES: { [K in DiagnosticKind]: DiagnosticArgs<K> } = {
  'file.empty': [],
  'file.not-utf8': [{ byte: 0xff, column: 7 }],
  'file.link-outside': [
    { folder: 'content/guides', found: 'a link to notes/x.md, outside the folder' },
  ],
  'file.slug-clash': [{ address: '/guides/caching/', other: 'caching.mdx' }],
  'file.unreadable': [{ error: 'RangeError: Maximum call stack size exceeded' }],
  'file.no-guides-folder': [],
  'frontmatter.no-opening-line': [{ firstLine: '# HTTP Caching Basics' }],
  'frontmatter.unclosed': [],
  'frontmatter.yaml-syntax': [
    { error: 'Map keys must be unique', hint: 'each key may appear once; remove the repeat' },
  ],
  'frontmatter.too-deep': [],
  'schema.unknown-key': [
    { key: 'compnies', known: ['title', 'companies'], suggestion: 'companies' },
  ],
  'schema.required': [{ key: 'title', expected: 'a non-empty title' }],
  'schema.invalid': [
    {
      expected: 'one of beginner | intermediate | advanced',
      received: '"expert"',
      hint: undefined,
    },
  ],
  'schema.question-count': [{ sections: 2, written: 3 }],
  'markdown.syntax': [{ reason: 'Unexpected character' }],
  'markdown.mdx-syntax': [{ reason: 'Unexpected character `1` before name' }],
  'structure.quick-read-missing': [],
  'structure.quick-read-repeated': [{ firstLine: 14 }],
  'structure.question-heading-level': [{ text: 'Question 2: Why?', depth: 2 }],
  'question.heading-unnumbered': [{ heading: 'Question: What is a stream?' }],
  'question.number-repeated': [{ number: 3, firstLine: 20 }],
  'question.numbers-descending': [{ number: 2, previous: 5 }],
  'question.meta-required': [
    {
      expected: 'one of Junior | Mid | Senior | Staff | Principal',
      label: 'Difficulty',
      example: '**Difficulty**: Senior',
    },
  ],
  'question.meta-invalid': [
    { expected: 'one of Junior | Mid | Senior | Staff | Principal', received: '"Expert"' },
  ],
  'question.meta-repeated': [{ label: 'Category', firstLine: 31 }],
  'question.meta-inside-part': [{ label: 'Category', part: 'Quick Answer' }],
  'question.meta-stray-text': [{ text: '  Observability  ' }],
  'question.unknown-meta-label': [
    { label: 'Level', labels: ['Difficulty', 'Category'], suggestion: undefined },
  ],
  'question.label-typo': [
    {
      label: 'Quick Anwser',
      labels: ['Quick Answer', 'Detailed Answer'],
      suggestion: 'Quick Answer',
    },
  ],
  'question.label-mid-paragraph': [{ label: 'Detailed Answer' }],
  'question.text-before-answer': [{ found: 'text "Streams move data"' }],
  'question.part-missing': [{ part: 'Quick Answer' }],
  'question.part-empty': [],
  'question.part-repeated': [{ label: 'Code Example', firstLine: 44 }],
  'question.code-example-without-code': [],
  'question.follow-ups-not-a-list': [{ found: 'text "What next?"' }],
  'question.follow-ups-empty': [],
  'link.missing-guide': [{ url: './stream.md', suggestion: 'streams.md', example: undefined }],
  'link.image-not-absolute': [{ url: 'diagram.png' }],
  'link.missing-page': [{ href: '/guides/nope/', suggestion: '/guides/node/' }],
  'link.missing-fragment': [{ page: 'this page', id: 'quik-read', suggestion: 'quick-read' }],
  'link.script-url': [{ url: 'javascript:alert(1)' }],
  'html.active-element': [{ tag: 'script' }],
  'html.event-handler': [{ attribute: 'onclick', value: 'alert(1)', tag: 'img' }],
  'html.removed': [{ what: 'the attribute style', why: 'it is not on the allowlist' }],
  'mdx.import': [],
  'mdx.expression': [{ expression: 'props.value' }],
  'mdx.component': [{ name: 'Chart' }],
  'mdx.expression-attribute': [],
  'limits.file-size': [{ bytes: 20 * 1024 * 1024 }],
  'limits.frontmatter-size': [{ characters: 70_000 }],
  'limits.yaml-aliases': [],
  'limits.container-nesting': [{ depth: 40 }],
  'limits.delimiter-run': [{ character: '*', length: 120 }],
  'limits.parser-depth': [{ isMdx: true }],
  'limits.tree-depth': [],
  'limits.html-depth': [{ depth: 3000 }],
  'vocabulary.yaml-syntax': [{ error: 'Implicit keys need to be on a single line' }],
  'vocabulary.invalid': [{ expected: 'a lower-case word or phrase', received: '"K8s"' }],
  'vocabulary.unknown-tag': [
    { tag: 'jwt-tokens', vocabularyFile: 'content/vocabulary.yaml', suggestion: 'jwt' },
  ],
  'vocabulary.unknown-company': [
    { company: 'Gogle', vocabularyFile: 'content/vocabulary.yaml', suggestion: 'Google' },
  ],
  'vocabulary.company-spelling': [{ written: 'Paypal', preferred: 'PayPal', fromVocabulary: true }],
  'vocabulary.duplicate-title': [
    { title: 'What is a stream?', alsoAt: 'content/guides/streams.md:30' },
  ],
  'example.outside-question': [{ lang: 'js' }],
  'example.missing-ts-version': [{ file: 'content/guides/streams/q1-1.ts', lang: 'js' }],
  'example.missing-output': [
    { file: 'content/guides/streams/q1-1.output.txt', tsFile: 'q1-1.ts', id: 'streams/q1-1' },
  ],
  'example.orphan-ts-version': [{ guideFile: 'content/guides/streams.md' }],
  'example.orphan-output': [{ tsFile: 'q3-1.ts' }],
  'predict.bad-marker': [{ text: '// @predict: yes' }],
  'predict.second-marker': [{ firstLine: 1 }],
  'predict.no-output': [{ id: 'streams/q1-1' }],
  'predict.empty-output': [],
  'predict.too-long': [{ lines: 17, max: 16 }],
  'predict.unstable-output': [{ line: 2, text: 'took <duration>' }],
  'predict.order-needs-two': [{ distinct: 1 }],
  'example.type-error': [
    {
      file: 'content/guides/streams/q1-1.ts',
      code: 2322,
      line: 4,
      column: 7,
      message: "Type 'string' is not assignable to type 'number'.",
    },
  ],
  'example.drift': [
    {
      tsFile: 'content/guides/streams/q1-1.ts',
      tsLine: 7,
      tsText: '  const first = rows[0] ?? {};',
    },
  ],
  'example.expected-error-missing': [
    { file: 'content/guides/streams/q1-1.ts', code: 2345, line: 1 },
  ],
  'example.project-type-error': [
    { code: 2688, message: "Cannot find type definition file for 'node'." },
  ],
  'scaffold.invalid-slug': [{ slug: 'Bad Slug' }],
  'scaffold.slug-taken': [{ slug: 'streams', file: 'content/guides/streams.md' }],
};

const place = { file: 'content/guides/streams.md', line: 12, field: 'field' };
const kinds = Object.keys(DIAGNOSTICS) as DiagnosticKind[];

describe('the diagnostic catalogue', () => {
  it('has a sample for every kind, and no sample for a kind it lacks', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...kinds].sort());
  });

  it.each(kinds)('%s: one line, expected/received/hint, a README anchor; pinned', (kind) => {
    const args = SAMPLES[kind] as DiagnosticArgs<typeof kind>;
    const d = diagnostic(place, kind, ...args);
    const line = formatDiagnostic(d);
    expect(d.kind).toBe(kind);
    expect(line).not.toContain('\n');
    expect(line).toMatch(
      /^content\/guides\/streams\.md:12: field: expected .+, received .+(; hint: .+)? \(see README#[a-z-]+\)$/,
    );
    expect(line).toMatchSnapshot();
  });

  it('points every kind at a section README.md has', () => {
    const slugger = new GithubSlugger();
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const headings = new Set<string>();
    let fence: string | undefined;
    for (const line of readme.split('\n')) {
      const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? undefined : marker;
        continue;
      }
      const heading = fence ? undefined : /^#{1,6} (.+)$/.exec(line)?.[1];
      if (heading) headings.add(slugger.slug(heading));
    }
    for (const anchor of README_ANCHORS) expect(headings, anchor).toContain(anchor);
    for (const kind of kinds) expect(README_ANCHORS).toContain(DIAGNOSTICS[kind].anchor);
  });
});
