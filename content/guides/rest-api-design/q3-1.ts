import { DatabaseSync } from 'node:sqlite';

type EventRow = { id: number; created_at: string };
type Cursor = [createdAt: string, id: number];

const db = new DatabaseSync(':memory:');
db.exec(`CREATE TABLE events (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, title TEXT NOT NULL);
         CREATE INDEX events_by_time ON events (created_at, id);`);
const insert = db.prepare('INSERT INTO events (id, created_at, title) VALUES (?, ?, ?)');
for (let id = 1; id <= 7; id++) insert.run(id, `2026-11-0${Math.ceil(id / 2)} 09:00`, `event ${id}`); // pairs share a time

const encodeCursor = (row: EventRow): string => Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
const decodeCursor = (cursor: string): Cursor => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;

function pageByOffset(page: number, limit: number): number[] {
  const rows = db.prepare('SELECT id FROM events ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?')
    .all(limit, (page - 1) * limit) as Array<{ id: number }>;
  return rows.map((row) => row.id);
}

const AFTER_CURSOR = `SELECT id, created_at FROM events WHERE (created_at, id) < (?, ?)
                      ORDER BY created_at DESC, id DESC LIMIT ?`;
function pageByCursor(cursor: string | null, limit: number): { data: number[]; next_cursor: string | null } {
  const rows = (cursor
    ? db.prepare(AFTER_CURSOR).all(...decodeCursor(cursor), limit + 1)
    : db.prepare('SELECT id, created_at FROM events ORDER BY created_at DESC, id DESC LIMIT ?').all(limit + 1)) as EventRow[];
  const page = rows.slice(0, limit); // the extra row only tells us whether a next page exists
  const last = page.at(-1);
  return { data: page.map((row) => row.id), next_cursor: rows.length > limit && last ? encodeCursor(last) : null };
}

const firstByOffset = pageByOffset(1, 3);
const firstByCursor = pageByCursor(null, 3);
console.log('page 1 (offset):', firstByOffset);
console.log('page 1 (cursor):', firstByCursor);

insert.run(8, '2026-11-05 09:00', 'event 8'); // a new event arrives while the client is reading
console.log('page 2 (offset):', pageByOffset(2, 3), '<- 5 again: every row shifted down by one');
console.log('page 2 (cursor):', pageByCursor(firstByCursor.next_cursor, 3));
console.log('page 3 (cursor):', pageByCursor(pageByCursor(firstByCursor.next_cursor, 3).next_cursor, 3));

const plan = db.prepare(`EXPLAIN QUERY PLAN ${AFTER_CURSOR}`).all('2026-11-03 09:00', 5, 4) as Array<{ detail: string }>;
console.log('plan:', plan.map((step) => step.detail).join(' | '));
db.close();
