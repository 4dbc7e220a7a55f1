import { DatabaseSync } from 'node:sqlite';

const db = new DatabaseSync(':memory:');
db.exec(`
  CREATE TABLE orders (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, status TEXT NOT NULL,
    created_at TEXT NOT NULL, total_cents INTEGER NOT NULL
  );
  -- equality columns first, then the column we sort or range on
  CREATE INDEX idx_orders_cust_status_created ON orders (customer_id, status, created_at);
`);

const plan = (label: string, sql: string): void => {
  const details = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all().map((r) => r.detail);
  console.log(`${label}\n  ${details.join('\n  ')}`);
};

plan('1. all three columns, sort by the last one',
  "SELECT id FROM orders WHERE customer_id = ? AND status = 'paid' ORDER BY created_at DESC LIMIT 20");
plan('2. leftmost prefix only',
  'SELECT id FROM orders WHERE customer_id = ?');
plan('3. skips the leading column',
  "SELECT id FROM orders WHERE status = 'paid'");
plan('4. gap in the middle: seek on customer_id, then sort',
  'SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at DESC');
plan('5. the order you write the WHERE clause in does not matter',
  "SELECT id FROM orders WHERE created_at > ? AND status = 'paid' AND customer_id = ?");
plan('6. needs total_cents: back to the table for every row',
  "SELECT created_at, total_cents FROM orders WHERE customer_id = ? AND status = 'paid'");

// A covering index holds every column the query touches, so the table is never read.
db.exec('CREATE INDEX idx_orders_covering ON orders (customer_id, status, created_at, total_cents)');
plan('7. same query, covering index',
  "SELECT created_at, total_cents FROM orders WHERE customer_id = ? AND status = 'paid'");

// Range first, equality second: the seek stops at the range column; status is only filtered.
db.exec('CREATE INDEX idx_orders_created_status ON orders (created_at, status)');
plan('8. index (created_at, status) for a range plus an equality',
  "SELECT id FROM orders WHERE created_at > ? AND status = 'paid'");
db.close();
