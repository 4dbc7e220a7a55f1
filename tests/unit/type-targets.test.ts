import { describe, expect, it } from 'vitest';
import { alignCodeHtml } from '../../src/render/aligned-code.ts';
import { highlight } from '../../src/render/highlight.ts';
import { withTypeTargets } from '../../src/render/type-targets.ts';

const original = `const limit = 2;
console.log(limit < 3);
`;
const tsVersion = `// @errors: 2322
const limit: number = 2;
const label: string = limit;
console.log(limit < 3);
`;
const types = {
  hovers: [
    { line: 1, character: 6, length: 5, text: 'const limit: number' },
    { line: 2, character: 6, length: 5, text: 'const label: string' },
    { line: 2, character: 22, length: 5, text: 'const limit: number' },
    { line: 3, character: 12, length: 5, text: 'const <tricky> & "quoted"' },
  ],
  errors: [
    {
      line: 2,
      character: 6,
      length: 5,
      code: 2322,
      message: "Type 'number' is not assignable to type 'string'.",
    },
  ],
};

async function pair() {
  const aligned = alignCodeHtml(await highlight(original, 'js'), await highlight(tsVersion, 'ts'));
  return withTypeTargets(aligned, types);
}

/** What a reader's copy and the runner take: the text of each line, fillers and notes left out. */
const programText = (html: string) =>
  [...html.matchAll(/<span class="line(?! filler)[^"]*">(.*?)<\/span>(?=\n|<\/code>)/g)]
    .map((m) => (m[1] ?? '').replace(/<[^>]*>/g, ''))
    .map((t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

describe('type targets in the TypeScript pane', () => {
  it('wraps each identifier with its type, the first one the pane’s only tab stop', async () => {
    const { tsVersion: html } = await pair();
    const targets = [
      ...html.matchAll(
        /<span class="([^"]*\btt\b[^"]*)"(?: tabindex="(\d)")? data-type="([^"]*)">([^<]*)<\/span>/g,
      ),
    ];
    expect(targets.map((t) => [t[4], t[3], t[2]])).toEqual([
      ['limit', 'const limit: number', '0'],
      ['label', 'const label: string', undefined],
      ['limit', 'const limit: number', undefined],
      ['limit', 'const &lt;tricky&gt; &amp; &quot;quoted&quot;', undefined],
    ]);
    expect(html.startsWith('<pre class="code"><code>')).toBe(true);
  });

  it('leaves the program text unchanged for the runner and the copy button', async () => {
    const { tsVersion: html } = await pair();
    expect(programText(html)).toEqual(tsVersion.replace(/\n$/, '').split('\n'));
  });

  it('puts an expected error under its line, with a blank line opposite so the versions stay aligned', async () => {
    const { original: left, tsVersion: right } = await pair();
    const rows = (html: string) => html.split('\n');
    expect(rows(left)).toHaveLength(rows(right).length);
    const noteRow = rows(right).findIndex((row) => row.includes('class="type-error"'));
    expect(rows(right)[noteRow]).toContain(
      "error TS2322: Type 'number' is not assignable to type 'string'.",
    );
    expect(rows(right)[noteRow - 1]).toContain('data-type="const label: string"');
    expect(rows(left)[noteRow]).toContain('filler');
    // The code the error points at is underlined, the target inside it kept.
    expect(rows(right)[noteRow - 1]).toMatch(
      /<span class="tt te" data-type="const label: string">label<\/span>/,
    );
  });

  it('changes nothing without types', async () => {
    const aligned = alignCodeHtml(
      await highlight(original, 'js'),
      await highlight(tsVersion, 'ts'),
    );
    expect(withTypeTargets(aligned, undefined)).toBe(aligned);
  });
});
