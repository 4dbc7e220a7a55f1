import express from 'express';
import type { AddressInfo } from 'node:net';
import { DatabaseSync } from 'node:sqlite';

const db = new DatabaseSync(':memory:');
db.exec(`
  CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, created_at TEXT);
  CREATE TABLE api_keys (id INTEGER PRIMARY KEY, owner TEXT, secret TEXT);
  INSERT INTO users (name, email, created_at) VALUES ('alice', 'alice@example.com', '2026-01-05'), ('bob', 'bob@example.com', '2026-02-11');
  INSERT INTO api_keys (owner, secret) VALUES ('root', 'sk_live_do_not_leak');
`);

const app = express();
// Vulnerable: user input becomes part of the SQL text, so it can change the query's structure.
app.get('/unsafe/users', (req, res) => {
  const sql = `SELECT id, name, email FROM users WHERE name = '${req.query.name}'`;
  try { res.json(db.prepare(sql).all()); } catch (err) { res.status(500).json({ error: (err as Error).message }); }
});
// Safe: the SQL text is constant; the value travels separately as a bound parameter.
// Identifiers (column names, sort direction) cannot be bound, so they come from an allow-list.
const SORTABLE = new Map<string, string>([['name', 'name'], ['joined', 'created_at']]); // a Map: no inherited keys such as "constructor"
const findUsers = db.prepare('SELECT id, name, email FROM users WHERE name = ? ORDER BY name');
app.get('/users', (req, res) => {
  res.json(findUsers.all(String(req.query.name ?? '')));
});
app.get('/users/sorted', (req, res) => {
  const column = SORTABLE.get(String(req.query.sort));
  if (!column) return res.status(400).json({ error: `sort must be one of ${[...SORTABLE.keys()].join(', ')}` });
  const dir = req.query.dir === 'desc' ? 'DESC' : 'ASC';
  res.json(db.prepare(`SELECT name FROM users ORDER BY ${column} ${dir}`).all().map((r) => r.name));
});

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, params: Record<string, string>): Promise<void> => {
    const res = await fetch(`${base}${path}?${new URLSearchParams(params)}`);
    console.log(`${path} ${JSON.stringify(params)}\n  -> ${res.status} ${await res.text()}`);
  };
  await get('/unsafe/users', { name: 'alice' });
  await get('/unsafe/users', { name: "' OR '1'='1" });
  await get('/unsafe/users', { name: "' UNION SELECT id, owner, secret FROM api_keys --" });
  await get('/users', { name: "' OR '1'='1" });
  await get('/users', { name: 'alice' });
  await get('/users/sorted', { sort: 'joined', dir: 'desc' });
  await get('/users/sorted', { sort: '(SELECT secret FROM api_keys)' });
  server.close();
  db.close();
});
