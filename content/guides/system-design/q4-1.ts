import { DatabaseSync } from 'node:sqlite';

interface OutboxRow { id: number; type: string; payload: string }
interface Delivered { eventId: number; type: string; orderId: string; totalCents: number }

const db = new DatabaseSync(':memory:');
db.exec(`
  CREATE TABLE orders (id TEXT PRIMARY KEY, total_cents INTEGER NOT NULL);
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,          -- relay order; also the consumers' dedupe key
    aggregate_id TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, published_at TEXT
  );
  CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
`);

// The business write and the event are ONE local transaction: both happen or neither does.
function placeOrder(id: string, totalCents: number, { failBeforeCommit = false } = {}): string {
  db.exec('BEGIN');
  try {
    db.prepare('INSERT INTO orders (id, total_cents) VALUES (?, ?)').run(id, totalCents);
    db.prepare('INSERT INTO outbox (aggregate_id, type, payload) VALUES (?, ?, ?)')
      .run(id, 'order.placed', JSON.stringify({ orderId: id, totalCents }));
    if (failBeforeCommit) throw new Error('crash before COMMIT');
    db.exec('COMMIT');
    return 'committed';
  } catch (err) {
    db.exec('ROLLBACK');
    return `rolled back (${(err as Error).message})`; // node:sqlite and our own throw raise Errors
  }
}

// The relay: poll, publish, then mark. A crash between publish and mark => published twice.
const broker: { down: boolean; delivered: Delivered[] } = { down: true, delivered: [] };
function relayOnce({ crashAfterPublish = false } = {}): void {
  const rows = db.prepare('SELECT id, type, payload FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT 100').all() as unknown as OutboxRow[];
  for (const row of rows) {
    db.prepare('UPDATE outbox SET attempts = attempts + 1 WHERE id = ?').run(row.id);
    if (broker.down) return console.log(`relay: broker unavailable, event ${row.id} stays queued`);
    broker.delivered.push({ eventId: row.id, type: row.type, ...(JSON.parse(row.payload) as { orderId: string; totalCents: number }) });
    if (crashAfterPublish) return console.log(`relay: published event ${row.id}, crashed before marking it`);
    db.prepare("UPDATE outbox SET published_at = datetime('now') WHERE id = ?").run(row.id);
  }
  console.log(`relay: ${rows.length} event(s) handled`);
}

console.log('o-1:', placeOrder('o-1', 4200));
console.log('o-2:', placeOrder('o-2', 990, { failBeforeCommit: true }));
relayOnce();                          // broker down: nothing lost, just delayed
broker.down = false;
relayOnce({ crashAfterPublish: true }); // event 1 out, but not marked
relayOnce();                          // event 1 again: at-least-once

// Consumers dedupe on eventId, so the duplicate is harmless.
const seen = new Set<number>();
for (const event of broker.delivered) {
  if (seen.has(event.eventId)) { console.log(`consumer: duplicate event ${event.eventId} ignored`); continue; }
  seen.add(event.eventId);
  console.log(`consumer: applied ${event.type} for ${event.orderId}`);
}
console.log('orders:', (db.prepare('SELECT id FROM orders').all() as unknown as { id: string }[]).map((r) => r.id));
for (const row of db.prepare('SELECT id, type, attempts, published_at IS NOT NULL AS published FROM outbox').all()) {
  console.log('outbox row:', JSON.stringify(row));
}
db.close();
