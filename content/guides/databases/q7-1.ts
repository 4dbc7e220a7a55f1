import { DatabaseSync } from 'node:sqlite';

interface Post {
  id: number;
  created_at: string;
  title: string;
}
interface Page {
  rows: Post[];
  next: string | null;
}

const db = new DatabaseSync(':memory:');
db.exec(`
  CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, title TEXT NOT NULL);
  CREATE INDEX idx_posts_created_id ON posts (created_at DESC, id DESC);  -- matches the sort order
`);
const add = db.prepare('INSERT INTO posts (created_at, title) VALUES (?, ?)');
for (let i = 1; i <= 9; i++) add.run(`2026-11-0${i}T10:00:00Z`, `post ${i}`);
const titles = (rows: Post[]): string => rows.map((r) => r.title).join(', ');

// OFFSET: the database still walks past every skipped row, and pages shift when rows are inserted.
const byOffset = (page: number, size: number): Post[] =>
  db.prepare('SELECT id, created_at, title FROM posts ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?')
    .all(size, page * size) as unknown as Post[];

console.log('OFFSET page 1:', titles(byOffset(0, 3)));
add.run('2026-11-10T10:00:00Z', 'post 10 (new)'); // someone publishes while we read
console.log('OFFSET page 2:', titles(byOffset(1, 3)), '<- post 7 shown twice');

// Keyset: remember the last row's sort key and continue strictly after it (a unique tiebreaker is required).
const encode = (row: Post): string => Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
const decode = (cursor: string): [string, number] => JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, number];
function byKeyset(cursor: string | null, size: number): Page {
  const rows = cursor
    ? db.prepare(`SELECT id, created_at, title FROM posts WHERE (created_at, id) < (?, ?)
                  ORDER BY created_at DESC, id DESC LIMIT ?`).all(...decode(cursor), size) as unknown as Post[]
    : db.prepare('SELECT id, created_at, title FROM posts ORDER BY created_at DESC, id DESC LIMIT ?').all(size) as unknown as Post[];
  const last = rows.at(-1);
  return { rows, next: rows.length === size && last ? encode(last) : null };
}

db.exec("DELETE FROM posts WHERE title LIKE '%(new)'"); // start again from the same 9 posts
const p1 = byKeyset(null, 3);
console.log('keyset page 1:', titles(p1.rows), '| next cursor:', p1.next);
add.run('2026-11-10T10:00:00Z', 'post 10 (new)');
const p2 = byKeyset(p1.next, 3);
console.log('keyset page 2:', titles(p2.rows), '<- no duplicate');

const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM posts WHERE (created_at, id) < (?, ?)
                         ORDER BY created_at DESC, id DESC LIMIT 3`).all();
console.log('keyset plan:', plan.map((r) => r.detail).join(' | '));
db.close();
