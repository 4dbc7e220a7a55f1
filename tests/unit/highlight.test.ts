import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { escapeAttribute, escapeText, highlight } from '../../src/render/highlight.ts';

/** The tokenizer measures each line with Date.now(); a clock that jumps a second per read is a saturated CPU. */
function saturateClock(): void {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** A listing's text as a reader sees it: its lines, tags dropped, characters decoded. */
function listingText(html: string): string {
  const body = /^<pre class="code" tabindex="0"><code>([\s\S]*)<\/code><\/pre>$/.exec(html)?.[1];
  if (body === undefined) throw new Error(`not a listing: ${html.slice(0, 80)}`);
  const lines = body.split('\n');
  for (const line of lines) expect(line).toMatch(/^<span class="line">[\s\S]*<\/span>$/);
  return lines
    .map((line) => line.replace(/<[^>]*>/g, ''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const examples = (): Array<[string, string]> => {
  const root = join(import.meta.dirname, '../../content/guides');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir.name))
        .filter((file) => /^q\d+-\d+\.ts$/.test(file))
        .map((file): [string, string] => [
          `${dir.name}/${file}`,
          readFileSync(join(root, dir.name, file), 'utf8'),
        ]),
    );
};

describe('JavaScript and TypeScript listings (Lezer)', () => {
  it('keep every character of every TypeScript version, line for line', async () => {
    const all = examples();
    expect(all.length).toBeGreaterThan(100);
    for (const [name, source] of all) {
      const html = await highlight(source, 'ts');
      expect(listingText(html), name).toBe(source.replace(/\n$/, ''));
    }
  });

  it('colour keywords, strings, comments, numbers, calls and types with the editor’s classes', async () => {
    const html = await highlight(
      "// note\nconst n: number = parseInt('7', 10);\nclass Box<T> {}\n/* two\nlines */\n",
      'ts',
    );
    expect(html).toContain('<span class="c">// note</span>');
    expect(html).toContain('<span class="k">const</span>');
    expect(html).toContain('<span class="n">number</span>');
    expect(html).toContain('<span class="f">parseInt</span>');
    expect(html).toContain(`<span class="s">'7'</span>`);
    expect(html).toContain('<span class="n">10</span>');
    expect(html).toContain('<span class="n">Box</span>');
    // A comment over two lines is closed and reopened at the break, so each line stands alone.
    expect(html).toContain(
      '<span class="line"><span class="c">/* two</span></span>\n<span class="line"><span class="c">lines */</span></span>',
    );
  });

  it('escape markup in strings, comments and code, and read CRLF line ends as line breaks', async () => {
    const source =
      "const s = '</span><script>x</script>';\r\n// <b>&amp;</b>\r\nif (a < b && c > d) {}\r\n";
    const html = await highlight(source, 'js');
    expect(html).not.toMatch(/<script|<b>|<\/span><script/);
    expect(listingText(html)).toBe(source.replace(/\r\n/g, '\n').replace(/\n$/, ''));
  });
});

describe('Shiki under a busy CPU', () => {
  it('tokenises every part of a long line, however slow the clock says it is', async () => {
    await highlight('SELECT 1;\n', 'sql'); // loads the grammar before the clock is distorted
    const statements = Array.from({ length: 40 }, (_, i) => `SELECT 'text${i}' FROM t${i};`);
    saturateClock();
    const html = await highlight(`${statements.join(' ')}\n`, 'sql');
    expect(html.match(/<span class="k">SELECT<\/span>/g)).toHaveLength(40);
    expect(html.match(/<span class="e">'text\d+'<\/span>/g)).toHaveLength(40);
  });
});

describe('escaping code text', () => {
  it('escapes every &, < and > and leaves other text, quotes included, as written', () => {
    expect(escapeText('a < b && c > d <<>>')).toBe('a &lt; b &amp;&amp; c &gt; d &lt;&lt;&gt;&gt;');
    expect(escapeText('&lt;')).toBe('&amp;lt;');
    expect(escapeText(`const s = "it's";`)).toBe(`const s = "it's";`);
    expect(escapeText('')).toBe('');
  });

  it('escapes double quotes in attributes, with or without other characters to escape', () => {
    expect(escapeAttribute('"x"')).toBe('&quot;x&quot;');
    expect(escapeAttribute('a<"b">')).toBe('a&lt;&quot;b&quot;&gt;');
  });
});
