import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGuideCheck } from '../../scripts/check-guides.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';

describe('npm run check reports every kind of problem in one run', () => {
  it('a guide with a schema, structure, link, vocabulary and TypeScript-example problem: all five at once', () => {
    const { ok, output, result, typeErrors } = runGuideCheck(join(fixturesDir, 'one-run/guides'), {
      typecheck: true,
      root: projectRoot,
    });
    expect(ok).toBe(false);
    const lines = output.split('\n');
    const at = (line: number, text: string) =>
      expect(lines).toContainEqual(
        expect.stringContaining(`tests/fixtures/one-run/guides/five-kinds.md:${line}: ${text}`),
      );
    at(4, 'difficulty: expected one of beginner | intermediate | advanced, received "expert"');
    at(42, 'Question 2 › Quick Answer: expected a "**Quick Answer**:" paragraph, received none');
    at(34, 'link: expected a link to a guide in content/guides/, received "./streams.md"');
    at(30, 'Question 1 › Companies (item 1): expected "PayPal", the way the vocabulary spells');
    at(
      37,
      'TypeScript version five-kinds/q1-1: expected tests/fixtures/one-run/guides/five-kinds/q1-1.ts to type-check under tsc --strict, received TS2322',
    );
    expect(lines.at(-1)).toBe('✗ 5 problems in 1 file (1 guide checked).');
    const kinds = [...(result?.diagnostics ?? []), ...typeErrors].map((d) => d.kind).sort();
    expect(kinds).toEqual([
      'example.type-error',
      'link.missing-guide',
      'question.part-missing',
      'schema.invalid',
      'vocabulary.company-spelling',
    ]);
  }, 120_000); // a compiler run on a machine whose cores may all be busy

  it('a question with a metadata problem still has its links, HTML, spellings and TypeScript version checked', () => {
    const { output, result, typeErrors } = runGuideCheck(join(fixturesDir, 'one-question/guides'), {
      typecheck: true,
      root: projectRoot,
    });
    const kinds = [...(result?.diagnostics ?? []), ...typeErrors].map((d) => d.kind).sort();
    // Before, the question was dropped at its Difficulty: its TypeScript version was reported as
    // used by no block, and the other four problems waited for the next run.
    expect(kinds).toEqual([
      'example.type-error',
      'html.event-handler',
      'link.missing-page',
      'question.meta-invalid',
      'vocabulary.company-spelling',
    ]);
    expect(output).toContain('session-cookies.md:34: link: expected a page this site builds');
    expect(output).toContain(
      'session-cookies.md:30: Question 1 › Companies (item 1): expected "GitLab"',
    );
  }, 120_000);

  it("a TypeScript version is not called unused while its question's parts could not be read", () => {
    const copy = mkdtempSync(join(tmpdir(), 'one-question-'));
    try {
      cpSync(join(fixturesDir, 'one-question'), copy, { recursive: true });
      const guide = join(copy, 'guides/session-cookies.md');
      // The code block moved above the first part label: text no part holds.
      const text = readFileSync(guide, 'utf8');
      const block = text.slice(text.indexOf('**Code Example**:'));
      writeFileSync(
        guide,
        text
          .replace(block, '')
          .replace(
            '**Quick Answer**:',
            `${block.replace('**Code Example**:\n', '')}\n**Quick Answer**:`,
          ),
      );
      const { result } = runGuideCheck(join(copy, 'guides'), {
        typecheck: false,
        root: projectRoot,
      });
      const kinds = (result?.diagnostics ?? []).map((d) => d.kind);
      expect(kinds).toContain('question.text-before-answer');
      expect(kinds).not.toContain('example.orphan-ts-version');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('frontmatter that is not valid YAML leaves the body checked in the same run', () => {
    const copy = mkdtempSync(join(tmpdir(), 'one-question-'));
    try {
      cpSync(join(fixturesDir, 'one-question'), copy, { recursive: true });
      const guide = join(copy, 'guides/session-cookies.md');
      writeFileSync(
        guide,
        readFileSync(guide, 'utf8').replace('tags: [auth, cookies]', 'tags: [auth, cookies'),
      );
      const { result, typeErrors } = runGuideCheck(join(copy, 'guides'), {
        typecheck: true,
        root: projectRoot,
      });
      const kinds = [...(result?.diagnostics ?? []), ...typeErrors].map((d) => d.kind).sort();
      // The YAML's fields are not also reported missing; the body's problems are all there.
      expect(kinds).toEqual([
        'example.type-error',
        'frontmatter.yaml-syntax',
        'html.event-handler',
        'link.missing-page',
        'question.meta-invalid',
        'vocabulary.company-spelling',
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);

  it('a question heading without a number still has its links and HTML checked, and its TypeScript version is not called unused', () => {
    const copy = mkdtempSync(join(tmpdir(), 'one-question-'));
    try {
      cpSync(join(fixturesDir, 'one-question'), copy, { recursive: true });
      const guide = join(copy, 'guides/session-cookies.md');
      writeFileSync(
        guide,
        readFileSync(guide, 'utf8').replace('### Question 1: Why', '### Question: Why'),
      );
      const { result } = runGuideCheck(join(copy, 'guides'), {
        typecheck: false,
        root: projectRoot,
      });
      const kinds = (result?.diagnostics ?? []).map((d) => d.kind).sort();
      expect(kinds).toEqual([
        'html.event-handler',
        'link.missing-page',
        'question.heading-unnumbered',
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('a guide that cannot be read does not make the links to it problems of the guides that link there', () => {
    const copy = mkdtempSync(join(tmpdir(), 'unread-guide-'));
    try {
      cpSync(join(fixturesDir, 'valid/links-between-guides'), copy, { recursive: true });
      const unread = join(copy, 'http-caching.md');
      writeFileSync(unread, readFileSync(unread, 'utf8').replace(/^---/, '--'));
      const linking = join(copy, 'cdn-caching.md');
      writeFileSync(
        linking,
        readFileSync(linking, 'utf8').replace(
          'Start with [HTTP caching](./http-caching.md).',
          'Start with [HTTP caching](/guides/http-caching/), [its first question](/guides/http-caching/1-what-is-it/#detail) and [this](/guides/nowhere/).',
        ),
      );
      const { result } = runGuideCheck(copy, { typecheck: false, root: projectRoot });
      const found = (result?.diagnostics ?? [])
        .map((d) => [d.file.split('/').pop(), d.kind])
        .sort();
      expect(found).toEqual([
        ['cdn-caching.md', 'link.missing-page'],
        ['http-caching.md', 'frontmatter.no-opening-line'],
      ]);
      const link = result?.diagnostics.find((d) => d.kind === 'link.missing-page');
      expect(link?.message).toContain('"/guides/nowhere/"');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
