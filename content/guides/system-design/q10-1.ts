import express from 'express';
import { LRUCache } from 'lru-cache';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { DatabaseSync } from 'node:sqlite';

const db = new DatabaseSync(':memory:');
db.exec(`
  CREATE TABLE links (code TEXT PRIMARY KEY, long_url TEXT NOT NULL, created_at INTEGER NOT NULL);
  CREATE TABLE id_blocks (name TEXT PRIMARY KEY, next_id INTEGER NOT NULL);
  INSERT INTO id_blocks VALUES ('links', 100000000); -- start high: codes are 5+ chars from the start
`);

// Each server leases a block of ids: one DB round trip per 1,000 links, no collisions, no coordination.
const BLOCK = 1_000;
let nextId = 0, blockEnd = 0;
function allocateId(): number {
  if (nextId === blockEnd) {
    const { start } = db.prepare('UPDATE id_blocks SET next_id = next_id + ? WHERE name = ? RETURNING next_id - ? AS start').get(BLOCK, 'links', BLOCK) as { start: number }; // the row is seeded above
    [nextId, blockEnd] = [start, start + BLOCK];
  }
  return nextId++;
}
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const toBase62 = (n: number): string => { let s = ''; do { s = ALPHABET[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s; };

const cache = new LRUCache<string, string>({ max: 100_000, ttl: 10 * 60_000 }); // per-instance; absorbs hot keys
const stats = { hits: 0, misses: 0 };
const clicks = new Map<string, number>(); // in production: an event on a stream, aggregated elsewhere
const app = express().use(express.json());
app.post('/links', (req, res) => {
  let url: URL;
  try { url = new URL(req.body?.url); } catch { return res.status(400).json({ error: 'invalid url' }); }
  if (!['http:', 'https:'].includes(url.protocol)) return res.status(400).json({ error: 'http(s) only' });
  const code = toBase62(allocateId());
  db.prepare('INSERT INTO links (code, long_url, created_at) VALUES (?, ?, ?)').run(code, url.href, Date.now());
  res.status(201).json({ code, short: `https://sho.rt/${code}` });
});
app.get('/:code', (req, res) => {
  let target = cache.get(req.params.code);
  if (target === undefined) {
    stats.misses++;
    target = (db.prepare('SELECT long_url FROM links WHERE code = ?').get(req.params.code) as { long_url: string } | undefined)?.long_url ?? '';
    cache.set(req.params.code, target, target ? undefined : { ttl: 30_000 }); // '' = negative cache entry
  } else stats.hits++;
  if (!target) return res.status(404).json({ error: 'not found' });
  clicks.set(req.params.code, (clicks.get(req.params.code) ?? 0) + 1);
  // no-store: no browser or shared cache may reuse this redirect, so the next click comes back to us too
  res.set('Cache-Control', 'no-store').redirect(302, target);
});

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const shorten = async (url: string): Promise<{ code: string; error?: string }> =>
  (await fetch(`${base}/links`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url }) })).json() as Promise<{ code: string; error?: string }>;

const a = await shorten('https://example.com/launch?utm=mail');
const b = await shorten('https://example.com/docs/quickstart');
console.log('created:', a.code, b.code, '| rejected:', JSON.stringify(await shorten('javascript:alert(1)')));
for (const code of [a.code, a.code, a.code, b.code, 'nope', 'nope']) {
  const r = await fetch(`${base}/${code}`, { redirect: 'manual' });
  console.log(`GET /${code} ->`, [r.status, r.headers.get('location'), r.headers.get('cache-control')].filter(Boolean).join(' '));
}
console.log('cache:', stats, '| clicks counted:', Object.fromEntries(clicks));
server.close();
db.close();
