import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runGuideCheck } from '../../scripts/check-guides.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture folder with some of its files edited (path in the folder → edit). */
function editedCopy(fixture: string, edits: Record<string, (text: string) => string>): string {
  const copy = mkdtempSync(join(tmpdir(), 'one-run-'));
  copies.push(copy);
  cpSync(join(fixturesDir, fixture), copy, { recursive: true });
  for (const [file, edit] of Object.entries(edits))
    writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8')));
  return copy;
}

/** Every problem's kind, sorted, the TypeScript check's included. */
const kindsOf = (check: ReturnType<typeof runGuideCheck>) =>
  [...(check.result?.diagnostics ?? []), ...check.typeErrors].map((d) => d.kind).sort();

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
    const check = runGuideCheck(join(fixturesDir, 'one-question/guides'), {
      typecheck: true,
      root: projectRoot,
    });
    const { output } = check;
    // Before, the question was dropped at its Difficulty: its TypeScript version was reported as
    // used by no block, and the other four problems waited for the next run.
    expect(kindsOf(check)).toEqual([
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
    // The code block moved above the first part label: text no part holds.
    const copy = editedCopy('one-question', {
      'guides/session-cookies.md': (text) => {
        const block = text.slice(text.indexOf('**Code Example**:'));
        return text
          .replace(block, '')
          .replace(
            '**Quick Answer**:',
            `${block.replace('**Code Example**:\n', '')}\n**Quick Answer**:`,
          );
      },
    });
    const kinds = kindsOf(
      runGuideCheck(join(copy, 'guides'), { typecheck: false, root: projectRoot }),
    );
    expect(kinds).toContain('question.text-before-answer');
    expect(kinds).not.toContain('example.orphan-ts-version');
  });

  it('frontmatter that is not valid YAML leaves the body checked in the same run', () => {
    const copy = editedCopy('one-question', {
      'guides/session-cookies.md': (text) =>
        text.replace('tags: [auth, cookies]', 'tags: [auth, cookies'),
    });
    const check = runGuideCheck(join(copy, 'guides'), { typecheck: true, root: projectRoot });
    // The YAML's fields are not also reported missing; the body's problems are all there.
    expect(kindsOf(check)).toEqual([
      'example.type-error',
      'frontmatter.yaml-syntax',
      'html.event-handler',
      'link.missing-page',
      'question.meta-invalid',
      'vocabulary.company-spelling',
    ]);
  }, 120_000);

  it('a question heading without a number still has its links and HTML checked, and its TypeScript version is not called unused', () => {
    const copy = editedCopy('one-question', {
      'guides/session-cookies.md': (text) =>
        text.replace('### Question 1: Why', '### Question: Why'),
    });
    const check = runGuideCheck(join(copy, 'guides'), { typecheck: false, root: projectRoot });
    expect(kindsOf(check)).toEqual([
      'html.event-handler',
      'link.missing-page',
      'question.heading-unnumbered',
    ]);
  });

  it('a guide that cannot be read does not make the links to it problems of the guides that link there', () => {
    const copy = editedCopy('valid/links-between-guides', {
      'http-caching.md': (text) => text.replace(/^---/, '--'),
      'cdn-caching.md': (text) =>
        text.replace(
          'Start with [HTTP caching](./http-caching.md).',
          'Start with [HTTP caching](/guides/http-caching/), [its first question](/guides/http-caching/1-what-is-it/#detail) and [this](/guides/nowhere/).',
        ),
    });
    const { result } = runGuideCheck(copy, { typecheck: false, root: projectRoot });
    const found = (result?.diagnostics ?? []).map((d) => [d.file.split('/').pop(), d.kind]).sort();
    expect(found).toEqual([
      ['cdn-caching.md', 'link.missing-page'],
      ['http-caching.md', 'frontmatter.no-opening-line'],
    ]);
    const link = result?.diagnostics.find((d) => d.kind === 'link.missing-page');
    expect(link?.message).toContain('"/guides/nowhere/"');
  });
});
