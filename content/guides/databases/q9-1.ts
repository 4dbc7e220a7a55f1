import { DatabaseSync } from 'node:sqlite';

// Goal: replace users.name with users.display_name, with old and new app versions running side by side.
const db = new DatabaseSync(':memory:');
db.exec('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
const seed = db.prepare('INSERT INTO users (name) VALUES (?)');
for (let i = 1; i <= 2500; i++) seed.run(`user ${i}`);

// 1. Expand: an additive, nullable column. Old code keeps working because it never mentions it.
db.exec('ALTER TABLE users ADD COLUMN display_name TEXT');

// 2. Deploy code that writes BOTH columns (and still reads the old one).
const insertUser = db.prepare('INSERT INTO users (name, display_name) VALUES (?, ?)');
insertUser.run('late signup', 'late signup');

// 3. Backfill existing rows in small batches, walking the primary key; each batch is its own short transaction.
const backfill = db.prepare(`
  UPDATE users SET display_name = name
  WHERE id IN (SELECT id FROM users WHERE id > ? AND display_name IS NULL ORDER BY id LIMIT ?)
  RETURNING id`);
let lastId = 0;
let batches = 0;
for (;;) {
  db.exec('BEGIN');
  const ids = backfill.all(lastId, 1000).map((r) => r.id as number);
  db.exec('COMMIT');
  if (ids.length === 0) break;
  batches++;
  lastId = Math.max(...ids);
  console.log(`batch ${batches}: ${ids.length} rows, up to id ${lastId}`);
  // in production: sleep between batches and watch replication lag
}

// 4. Verify before switching reads; 5. deploy code that reads display_name; then stop writing name.
const missing = db.prepare('SELECT count(*) AS n FROM users WHERE display_name IS NULL').get()!.n;
console.log('rows still missing display_name:', missing);

// 6. Contract, in a later release, once no running code reads or writes the old column.
db.exec('ALTER TABLE users DROP COLUMN name');
console.log('columns now:', db.prepare('PRAGMA table_info(users)').all().map((c) => c.name).join(', '));
db.close();
