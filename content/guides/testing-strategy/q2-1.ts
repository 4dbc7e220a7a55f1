// test/articles.test.ts: the tests run as written with `node --test`; the block at the
// bottom only makes this file a self-contained program for the guide.
import { beforeEach, describe, it, mock } from 'node:test';
import type { Mock } from 'node:test';
import assert from 'node:assert/strict';

interface Article {
  id: number;
  title: string;
}
interface ArticleRepo {
  findById(id: number): Promise<Article | null>;
}

// Code under test (normally imported from src/).
function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop combining accents: é -> e
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

async function loadArticle(repo: ArticleRepo, id: number): Promise<Article & { slug: string }> {
  const article = await repo.findById(id);
  if (!article) throw new Error(`article ${id} not found`);
  return { ...article, slug: slugify(article.title) };
}

function defineTests(): void {
  describe('slugify', () => {
    it('lowercases and joins words with dashes', () => {
      assert.equal(slugify('Hello World'), 'hello-world');
    });

    it('strips accents, punctuation and outer separators', () => {
      assert.equal(slugify('  Crème Brûlée, 2nd edition! '), 'creme-brulee-2nd-edition');
    });
  });

  describe('loadArticle', () => {
    let repo: { findById: Mock<ArticleRepo['findById']> };
    beforeEach(() => {
      // A fresh stub per test, so no state leaks between tests.
      repo = { findById: mock.fn(async (id: number) => (id === 1 ? { id: 1, title: 'Node Streams' } : null)) };
    });

    it('adds a slug to the stored article', async () => {
      assert.deepEqual(await loadArticle(repo, 1), { id: 1, title: 'Node Streams', slug: 'node-streams' });
      assert.equal(repo.findById.mock.callCount(), 1);
      assert.deepEqual(repo.findById.mock.calls[0]!.arguments, [1]);
    });

    it('rejects when the article does not exist', async () => {
      await assert.rejects(loadArticle(repo, 2), { message: 'article 2 not found' });
    });
  });
}

// Test harness: run the tests above in a child process through node:test's run() API and print
// a stable report (the built-in reporters end with a total duration_ms that changes every run).
if (process.env.TS_VERSION_TEST_CHILD === '1') {
  defineTests();
} else {
  const { run } = await import('node:test');
  const names: string[] = [];
  let passed = 0;
  let failed = 0;
  for await (const event of run({ files: [import.meta.filename], env: { ...process.env, TS_VERSION_TEST_CHILD: '1' } })) {
    if (event.type === 'test:start') names[event.data.nesting] = event.data.name;
    if ((event.type !== 'test:pass' && event.type !== 'test:fail') || event.data.details.type === 'suite') continue;
    const name = [...names.slice(0, event.data.nesting), event.data.name].join(' > ');
    if (event.type === 'test:pass') {
      passed++;
      console.log(`✔ ${name}`);
    } else {
      failed++;
      const { error } = event.data.details;
      const cause = error.cause instanceof Error ? error.cause : error;
      console.log(`✖ ${name}: ${cause.message.split('\n')[0]}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}
