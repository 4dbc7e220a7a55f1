import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/content/diagnostics.ts';
import { LIMITS } from '../../src/content/limits.ts';
import { loadGuides } from '../../src/content/load-guides.ts';
import { renderGuide } from '../../src/render/render-guide.ts';
import { loadScenario, scenarioDir } from '../helpers/fixtures.ts';

const lines = (name: string) => loadScenario('invalid', name).diagnostics.map(formatDiagnostic);

describe('a hostile guide is one clear line, never a crash', () => {
  it('refuses a YAML alias bomb at the first alias', () => {
    expect(lines('yaml-alias-bomb')).toEqual([
      expect.stringMatching(
        /yaml-alias-bomb\.md:\d+: frontmatter: expected YAML whose aliases \(\*name\) expand to at most 20 values/,
      ),
    ]);
  });

  it('names the line and depth of HTML nested thousands deep, block and inline', () => {
    expect(lines('html-nested-deep')).toEqual([
      expect.stringContaining(
        `html: expected HTML elements nested at most ${LIMITS.htmlDepth} deep, received 3000 levels`,
      ),
    ]);
    expect(lines('html-inline-nested-deep')).toEqual([
      expect.stringContaining(
        `html: expected HTML elements nested at most ${LIMITS.htmlDepth} deep, received 3000 levels`,
      ),
    ]);
  });

  it('speaks Markdown, not MDX, for a deep blockquote in a .md file', () => {
    const [line] = lines('markdown-blockquote-deep');
    expect(line).toContain(
      'markdown: expected blockquotes and lists nested at most 32 levels deep, received 3000 levels',
    );
    expect(line).not.toContain('MDX');
  });

  it('refuses a delimiter run that would make the parser quadratic', () => {
    expect(lines('markdown-delimiter-run')[0]).toContain(
      'markdown: expected runs of "*" at most 100 long, received a run of 5000',
    );
  });

  it('refuses a guide over the size limit before reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huge-guide-'));
    try {
      const base = readFileSync(join(scenarioDir('valid', 'tables'), 'tables.md'), 'utf8');
      writeFileSync(
        join(dir, 'huge.md'),
        base + '\nfiller line of text\n'.repeat(Math.ceil(LIMITS.guideBytes / 20) + 10),
      );
      const result = loadGuides({ guidesDir: dir, root: dir });
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([
        expect.stringMatching(
          /^huge\.md:1: file: expected a guide of at most 16 MiB, received 16\.\d MiB; hint: split it/,
        ),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the code point of a control character in the frontmatter and in question metadata', () => {
    const found = lines('control-character');
    expect(found).toContainEqual(
      expect.stringMatching(
        /control-character\.md:2: title: expected text without control characters, received U\+0000 at character 13/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /Question 1 › Category: expected text without control characters, received U\+0007 at character 3/,
      ),
    );
  });
});

describe('names that are Object.prototype members are plain text', () => {
  it('accepts constructor, __proto__, toString and hasOwnProperty as companies, tags, labels, categories, fence languages and file names', () => {
    const result = loadScenario('valid', 'prototype-names');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.guides[0]?.questions[0]?.meta.companies).toEqual(['constructor', '__proto__']);
  });

  it('keeps a paragraph that starts with **Constructor**: and highlights unknown fence languages as text', async () => {
    const result = loadScenario('valid', 'prototype-names');
    const guide = result.guides[0];
    if (!guide) throw new Error('no guide');
    const html =
      (await renderGuide(guide, result.guideFiles, {})).questions[0]?.detailedAnswerHtml ?? '';
    expect(html).toContain('<strong>Constructor</strong>: this paragraph starts with a bold word');
    expect(html).toContain('<strong>toString</strong>: so does this one');
    expect(html).toContain('new Thing()');
    expect(html).toContain('x.__proto__');
  });
});

describe('links and addresses', () => {
  it('checks absolute site links and #fragments against the pages and ids the build writes', () => {
    const found = lines('link-to-missing-page');
    expect(found).toEqual([
      expect.stringContaining(
        'link: expected a page this site builds (a guide, a question, a browse or search page), received "/guides/no-such-guide/"',
      ),
      expect.stringContaining(
        'link: expected a heading or question id on this question\'s page, received "#no-such-heading"',
      ),
      expect.stringContaining(
        'link: expected a page this site builds (a guide, a question, a browse or search page), received "/companies/nobody/"',
      ),
    ]);
  });

  it('files an address clash under both files, each naming the other', () => {
    const found = lines('slug-clash');
    expect(found).toContainEqual(
      expect.stringMatching(/slug-clash\/caching\.md:1: file name: .*"caching\.mdx" also maps to/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/slug-clash\/caching\.mdx:1: file name: .*"caching\.md" also maps to/),
    );
  });

  it('refuses a symlinked guide that leads out of the folder, and reads one that stays inside', () => {
    expect(lines('symlink-outside')).toEqual([
      expect.stringMatching(
        /symlink-outside\/outside\.md:1: file: expected a guide file inside tests\/fixtures\/invalid\/symlink-outside, received a link to .*tables\.md, outside the folder/,
      ),
    ]);
    const inside = loadScenario('valid', 'symlinked-guide');
    expect(inside.guides.map((g) => g.slug)).toEqual(['symlinked-guide']);
  });

  it('reports an error thrown inside one guide at that guide, and still checks the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'two-guides-'));
    try {
      const base = readFileSync(join(scenarioDir('valid', 'tables'), 'tables.md'), 'utf8');
      writeFileSync(join(dir, 'good.md'), base);
      // MDX nested past the parser's stack: the kind of input that threw before any limit applied.
      writeFileSync(
        join(dir, 'bad.mdx'),
        base.replace(
          '## Quick Read',
          `${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}\n\n## Quick Read`,
        ),
      );
      const result = loadGuides({ guidesDir: dir, root: dir });
      expect(result.guides.map((g) => g.slug)).toEqual(['good']);
      expect(result.diagnostics.map(formatDiagnostic).every((l) => l.startsWith('bad.mdx:'))).toBe(
        true,
      );
      expect(result.diagnostics.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
