import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/content/diagnostics.ts';
import { splitGuide } from '../../src/content/frontmatter.ts';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { sectionStarts } from '../../src/content/markdown-chunks.ts';

const valid = resolve(import.meta.dirname, '../fixtures/valid');
const guides = readdirSync(valid).flatMap((scenario) =>
  readdirSync(join(valid, scenario))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(valid, scenario, name)),
);

describe('parsing a guide section by section', () => {
  it.each(guides)('gives the same tree as parsing it whole: %s', (path) => {
    const text = readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    const sink = new DiagnosticSink(path);
    const split = splitGuide(text, sink);
    if (!split) throw new Error(`${path}: no frontmatter`);
    const bySection = parseMarkdown(split.body, 1, 0, false, sink);
    const whole = fromMarkdown(split.body, {
      extensions: [gfm()],
      mdastExtensions: [gfmFromMarkdown()],
    });
    expect(JSON.stringify(bySection)).toBe(JSON.stringify(whole));
  });

  it('cuts before headings after a blank line, never inside fenced code or before definitions', () => {
    const body = '## A\n\ntext\n\n```md\n\n## not a section\n```\n\n### B\n';
    expect(sectionStarts(body)).toEqual([0, body.indexOf('### B')]);
    expect(sectionStarts(`${body}\n[ref]: https://example.com\n`)).toEqual([0]);
  });
});
