import { DatabaseSync } from 'node:sqlite';
import type { SQLInputValue } from 'node:sqlite';

interface AuthorRow {
  id: number;
  name: string;
}
interface PostRow {
  author_id: number;
  title: string;
}
interface JoinedRow {
  id: number;
  name: string;
  title: string | null;
}
interface AuthorWithPosts extends AuthorRow {
  posts: { title: string }[];
}

const db = new DatabaseSync(':memory:');
db.exec(`
  CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE posts (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors(id), title TEXT NOT NULL);
  CREATE INDEX idx_posts_author ON posts (author_id);  -- the foreign key needs its own index
`);
for (let a = 1; a <= 20; a++) {
  db.prepare('INSERT INTO authors (id, name) VALUES (?, ?)').run(a, `Author ${a}`);
  for (let p = 1; p <= 3; p++) db.prepare('INSERT INTO posts (author_id, title) VALUES (?, ?)').run(a, `Post ${a}.${p}`);
}

// Every query goes through here, so we can count round trips (an ORM's query log does the same).
let queries = 0;
const all = <T>(sql: string, ...params: SQLInputValue[]): T[] => {
  queries++;
  return db.prepare(sql).all(...params) as unknown as T[];
};

function nPlusOne(): AuthorWithPosts[] {
  const authors = all<AuthorRow>('SELECT id, name FROM authors ORDER BY id'); // 1 query
  return authors.map((a) => ({ ...a, posts: all<{ title: string }>('SELECT title FROM posts WHERE author_id = ?', a.id) })); // +N
}

function batched(): AuthorWithPosts[] {
  const authors = all<AuthorRow>('SELECT id, name FROM authors ORDER BY id');
  const ids = authors.map((a) => a.id);
  const posts = all<PostRow>(`SELECT author_id, title FROM posts WHERE author_id IN (${ids.map(() => '?').join(',')}) ORDER BY id`, ...ids);
  const byAuthor = Map.groupBy(posts, (p) => p.author_id);
  return authors.map((a) => ({ ...a, posts: (byAuthor.get(a.id) ?? []).map(({ title }) => ({ title })) }));
}

function joined(): AuthorWithPosts[] {
  const rows = all<JoinedRow>('SELECT a.id, a.name, p.title FROM authors a LEFT JOIN posts p ON p.author_id = a.id ORDER BY a.id, p.id');
  const out = new Map<number, AuthorWithPosts>();
  for (const r of rows) {
    if (!out.has(r.id)) out.set(r.id, { id: r.id, name: r.name, posts: [] });
    if (r.title !== null) out.get(r.id)!.posts.push({ title: r.title });
  }
  return [...out.values()];
}

let reference: string | undefined;
for (const strategy of [nPlusOne, batched, joined]) {
  queries = 0;
  const json = JSON.stringify(strategy());
  reference ??= json;
  console.log(`${strategy.name.padEnd(8)} queries=${String(queries).padEnd(3)} same result: ${json === reference}`);
}
db.close();
