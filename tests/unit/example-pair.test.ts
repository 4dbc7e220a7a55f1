import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { TsVersion } from '../../src/content/ts-versions.ts';
import { examplePair } from '../../src/render/example-pair.ts';

const listing = (code: string) =>
  `<pre class="code" tabindex="0"><code><span class="line">${code}</span></code></pre>`;

function pairHtml(source: string, expectedOutput: string, id = 'guide/q1-1'): string {
  const tsVersion: TsVersion = {
    id,
    path: '/x/q1-1.ts',
    file: 'content/guides/guide/q1-1.ts',
    source,
    expectedOutput,
    block: { file: 'content/guides/guide.md', line: 3, lang: 'js' },
  };
  return toHtml(
    examplePair({
      tsVersion,
      lang: 'js',
      originalHtml: listing('console.log(1)'),
      tsVersionHtml: listing('console.log(1)'),
    }),
    { allowDangerousHtml: true },
  );
}

describe('the example pair', () => {
  it('escapes recorded output and ids through one path (hastscript)', () => {
    const html = pairHtml("console.log('x');", '</pre><script>alert(1)</script>\n', 'g/q1-"1');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;/pre>&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('data-example="g/q1-&#x22;1"');
  });

  it('gives a browser-runnable example hidden Run controls and no Node panel', () => {
    const html = pairHtml("console.log('x');", 'x\n');
    expect(html).toContain('data-runs-in="browser"');
    expect(html).toMatch(/<div class="run-area" hidden>/);
    expect(html).not.toContain('needs-node');
  });

  it('tells a reader how to run one that needs Node', () => {
    const html = pairHtml("import express from 'express';\nconsole.log(express);", 'x\n');
    expect(html).toContain('data-runs-in="node"');
    expect(html).not.toContain('run-area');
    expect(html).toContain('it imports express.');
    expect(html).toMatch(/npm install express@\^\d/);
    expect(html).toContain('href="/examples/guide/q1-1.ts" download="q1-1.ts"');
    expect(html).toContain('Node 22.18 or later');
  });
});
