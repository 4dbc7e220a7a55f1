import express from 'express';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { DatabaseSync } from 'node:sqlite';

const db = new DatabaseSync(':memory:');
db.exec(`CREATE TABLE products (id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE, sku TEXT NOT NULL UNIQUE, price_cents INTEGER NOT NULL)`);
const MAX_ITEMS = 100;

interface Item { ref?: unknown; sku?: unknown; price_cents?: unknown }
interface ItemResult { index: number; status: number; id?: number; error?: string }

function validate(item: Item): string | null {
  if (typeof item.ref !== 'string' || item.ref.length === 0) return 'ref (a client id for retries) is required';
  if (typeof item.sku !== 'string' || !/^[A-Z0-9-]{3,32}$/.test(item.sku)) return 'sku must be 3-32 of A-Z, 0-9, -';
  if (!Number.isInteger(item.price_cents) || (item.price_cents as number) <= 0) return 'price_cents must be a positive integer';
  return null;
}

const insert = db.prepare('INSERT INTO products (ref, sku, price_cents) VALUES (?, ?, ?) ON CONFLICT (ref) DO NOTHING RETURNING id');
const byRef = db.prepare('SELECT id FROM products WHERE ref = ?');
// One item: 201 created, 200 already created by an earlier attempt with the same ref, 409 sku taken.
function createOne(item: Item, index: number): ItemResult {
  const row = insert.get(item.ref as string, item.sku as string, item.price_cents as number) as { id: number } | undefined;
  if (row) return { index, status: 201, id: row.id };
  return { index, status: 200, id: (byRef.get(item.ref as string) as { id: number }).id }; // a retried item: no duplicate
}

const app = express().use(express.json({ limit: '256kb' }));
app.post('/products/batch', (req: Request, res: Response) => {
  const items = (req.body as { items?: Item[] } | undefined)?.items;
  if (!Array.isArray(items) || items.length === 0) return res.status(400).json({ error: 'items must be a non-empty array' });
  if (items.length > MAX_ITEMS) return res.status(413).json({ error: `at most ${MAX_ITEMS} items; use an import job for more` });
  const atomic = req.query.atomic === 'true';
  const invalid = items.map((item, index) => ({ index, error: validate(item) })).filter((r) => r.error !== null);

  if (atomic) { // all or nothing: validate everything, then write in one transaction
    if (invalid.length > 0) return res.status(422).json({ error: 'no items were created', items: invalid });
    let current = 0;
    db.exec('BEGIN');
    try {
      const results = items.map((item, index) => createOne(item, (current = index)));
      db.exec('COMMIT');
      return res.status(200).json({ results });
    } catch {
      db.exec('ROLLBACK'); // the items written before the failure disappear too
      return res.status(409).json({ error: 'no items were created', items: [{ index: current, error: `sku ${items[current]!.sku} already exists` }] });
    }
  }
  // Best effort: every item gets its own outcome, in request order; the request itself succeeded.
  const results = items.map((item, index): ItemResult => {
    const error = validate(item);
    if (error) return { index, status: 422, error };
    try { return createOne(item, index); } catch { return { index, status: 409, error: `sku ${item.sku} already exists` }; }
  });
  res.status(200).json({ results, summary: { ok: results.filter((r) => r.status < 300).length, failed: results.filter((r) => r.status >= 400).length } });
});

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/products/batch`;
const post = async (label: string, items: Item[], query = ''): Promise<void> => {
  const res = await fetch(url + query, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items }) });
  console.log(`${label}: ${res.status} ${await res.text()}`);
};
const count = (): number => (db.prepare('SELECT COUNT(*) AS n FROM products').get() as { n: number }).n;

db.prepare('INSERT INTO products (ref, sku, price_cents) VALUES (?, ?, ?)').run('seed-1', 'MUG-RED', 900);
const batch: Item[] = [
  { ref: 'imp-1', sku: 'MUG-BLUE', price_cents: 900 },
  { ref: 'imp-2', sku: 'MUG-RED', price_cents: 950 }, // sku already taken
  { ref: 'imp-3', sku: 'cap', price_cents: 1200 }, // invalid sku
  { ref: 'imp-4', sku: 'CAP-BLACK', price_cents: 1500 },
];
await post('atomic', batch, '?atomic=true');
await post('atomic, valid but one sku taken', batch.filter((item) => item.ref !== 'imp-3'), '?atomic=true');
console.log('rows after both atomic attempts:', count());
await post('best effort', batch);
console.log('rows:', count());
await post('best effort, retried after a timeout', batch);
console.log('rows after the retry (no duplicates):', count());
await post('too many', Array.from({ length: 101 }, (_, i) => ({ ref: `x-${i}`, sku: `SKU-${i}`, price_cents: 100 })));
server.close();
db.close();
