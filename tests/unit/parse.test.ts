import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/content/parse.ts';
import { scenarioDir } from '../helpers/fixtures.ts';

const validGuide = readFileSync(`${scenarioDir('valid', 'tables')}/tables.md`, 'utf8');

describe('parse(text, fileName): a guide read with no disk access', () => {
  it('reads frontmatter, outline and questions from text alone, naming the file it was given', () => {
    const { parsed, diagnostics } = parse(validGuide, 'nowhere/tables.md');
    expect(diagnostics).toEqual([]);
    expect(parsed?.file).toBe('nowhere/tables.md');
    expect(parsed?.frontmatter?.title).toBeTruthy();
    expect(parsed?.quickRead).toBeDefined();
    expect(parsed?.questions.length).toBeGreaterThan(0);
    expect(parsed?.questionSections).toBe(parsed?.questions.length);
  });

  it('gives the same result for bytes with a BOM and CRLF line ends', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${validGuide.replace(/\n/g, '\r\n')}`);
    const fromBytes = parse(bytes, 'nowhere/tables.md');
    expect(fromBytes.diagnostics).toEqual([]);
    expect(fromBytes.parsed?.questions.map((q) => q.meta.title)).toEqual(
      parse(validGuide, 'nowhere/tables.md').parsed?.questions.map((q) => q.meta.title),
    );
  });

  it('returns every problem it finds with its kind, and what it could read', () => {
    const broken = validGuide.replace(/^difficulty: .*$/m, 'difficulty: expert');
    const { parsed, diagnostics } = parse(broken, 'nowhere/tables.md');
    expect(diagnostics.map((d) => [d.kind, d.field])).toEqual([['schema.invalid', 'difficulty']]);
    expect(parsed?.frontmatter).toBeUndefined();
    expect(parsed?.questions.length).toBeGreaterThan(0);
  });

  it('reports text that is not a guide as one problem, without throwing', () => {
    const { parsed, diagnostics } = parse('', 'nowhere/empty.md');
    expect(parsed).toBeUndefined();
    expect(diagnostics.map((d) => d.kind)).toEqual(['file.empty']);
  });
});
