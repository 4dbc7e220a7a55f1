import { describe, expect, it } from 'vitest';
import { renderGuide, type RenderedGuide } from '../../src/render/render-guide.ts';
import { buildTaxonomies } from '../../src/site/taxonomies.ts';
import { loadScenario } from '../helpers/fixtures.ts';

async function render(name: string): Promise<RenderedGuide[]> {
  const result = loadScenario('valid', name);
  return Promise.all(result.guides.map((g) => renderGuide(g, result.guideFiles, {})));
}

describe('renderGuide', () => {
  it('points links between guides at their pages', async () => {
    const guides = await render('links-between-guides');
    const http = guides.find((g) => g.slug === 'http-caching');
    expect(http?.quickRead?.html).toContain(
      '<a href="/guides/cdn-caching/#quick-read">CDN caching</a>',
    );
  });

  it('highlights code blocks and labels their language', async () => {
    const [guide] = await render('sql-and-shell-only');
    const html = guide?.questions[1]?.codeExampleHtml ?? '';
    expect(html).toContain('<pre class="code" tabindex="0">');
    expect(html).toContain('<span class="code-lang">SQL</span>');
    expect(html).toMatch(/<span class="k">SELECT<\/span>/);
    expect([...html.matchAll(/data-lang="([^"]*)"/g)].map((m) => m[1])).toEqual(['sql', 'bash']);
  });

  it('keeps safe raw HTML and tables, drops MDX comments', async () => {
    const [mdx] = await render('mdx-guide');
    expect(mdx?.quickRead?.html).toContain('<details>');
    expect(mdx?.quickRead?.html).not.toContain('an MDX comment');
    const [tables] = await render('tables');
    expect(tables?.questions[0]?.detailedAnswerHtml).toContain('<table>');
  });

  it('gives questions stable slugs, anchors and URLs', async () => {
    const [guide] = await render('numbering-from-19');
    expect(guide?.questions.map((q) => [q.slug, q.anchor, q.url])).toEqual([
      [
        '19-what-does-cache-control-no-cache-mean',
        'question-19',
        '/guides/numbering-from-19/19-what-does-cache-control-no-cache-mean/',
      ],
      [
        '27-how-do-you-cache-a-personalised-page-safely',
        'question-27',
        '/guides/numbering-from-19/27-how-do-you-cache-a-personalised-page-safely/',
      ],
    ]);
    expect(guide?.questions[0]?.summary).toBe(
      'A cache may store the response but must revalidate it with the origin before every reuse.',
    );
  });

  it('gives section headings unique ids that avoid the page chrome', async () => {
    const [guide] = await render('tables');
    expect(guide?.quickRead?.html).toContain('<h3 id="executive-summary">');
    expect(guide?.sections[0]?.id).toBe('interview-questions');
  });
});

describe('buildTaxonomies', () => {
  it('lists every company with its questions, including Unicode and punctuation', async () => {
    const guides = await render('unicode-companies');
    const companies = buildTaxonomies(guides).find((t) => t.key === 'companies');
    const att = companies?.bySlug.get('at-and-t');
    expect(att?.label).toBe('AT&T');
    expect(att?.questions.map((q) => q.number)).toEqual([2]);
    expect(companies?.bySlug.get('societe-generale')?.guides.length).toBe(1);
    expect(companies?.bySlug.get('o-reilly-media')?.questions).toEqual([]);
    expect(companies?.terms.map((t) => t.label)).toContain('株式会社メルカリ');
  });

  it('orders levels and frequencies by their scale', async () => {
    const guides = await render('tables');
    const taxonomies = buildTaxonomies(guides);
    expect(taxonomies.find((t) => t.key === 'levels')?.terms.map((t) => t.label)).toEqual([
      'Junior',
      'Senior',
    ]);
    expect(taxonomies.find((t) => t.key === 'frequencies')?.terms.map((t) => t.label)).toEqual([
      'Common',
      'Occasional',
    ]);
  });
});
