import { DatabaseSync } from 'node:sqlite';

const db = new DatabaseSync(':memory:');
db.exec(`
  CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT, created_at TEXT NOT NULL);
  CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), total_cents INTEGER);
`);
const insert = db.prepare('INSERT INTO users (email, name, created_at) VALUES (?, ?, ?)');
for (let i = 1; i <= 1000; i++) insert.run(`user${i}@example.com`, `User ${i}`, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`);

const plan = (sql: string): void => {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all();
  console.log(`${sql}\n  -> ${rows.map((r) => r.detail).join('\n  -> ')}`);
};

console.log('--- no index on email');
plan('SELECT * FROM users WHERE email = ?'); // reads every row

db.exec('CREATE INDEX idx_users_email ON users (email)');
console.log('--- with idx_users_email');
plan('SELECT * FROM users WHERE email = ?'); // B-tree descent, then fetch the row by rowid
plan('SELECT id FROM users WHERE email = ?'); // the index alone answers it
plan("SELECT * FROM users WHERE email LIKE '%@example.com'"); // leading wildcard: no seek possible
plan('SELECT * FROM users WHERE lower(email) = ?'); // a function on the column hides it from the index

db.exec('CREATE INDEX idx_users_email_lower ON users (lower(email))'); // expression index
console.log('--- with an expression index');
plan('SELECT * FROM users WHERE lower(email) = ?');

db.exec('CREATE INDEX idx_users_created ON users (created_at)');
plan('SELECT id FROM users WHERE created_at >= ? AND created_at < ?'); // range scan on the B-tree

console.log('--- a join: the outer loop scans, the inner side is an index lookup');
plan('SELECT u.email, o.total_cents FROM orders o JOIN users u ON u.id = o.user_id WHERE o.total_cents > 1000');
db.close();
