import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';

interface KeyRecord { id: string; accountId: string; hash: Buffer; scopes: string[]; last4: string; revokedAt: number | null }

const PREFIX = 'shk_live_'; // greppable by secret scanners; says what leaked and for which environment
const KEY_SHAPE = /^shk_live_([a-z0-9]{8})_([A-Za-z0-9_-]{32})_([a-z0-9]{1,7})$/;
const keys = new Map<string, KeyRecord>(); // production: a table with a unique index on id
let lookups = 0;

const checksum = (body: string): string => crc32(body).toString(36);
const sha256 = (secret: string): Buffer => createHash('sha256').update(secret).digest();

// Create: 192 random bits of secret; only its hash is stored, the full key is shown to the user once.
function createKey(accountId: string, scopes: string[]): string {
  const id = randomBytes(5).readUIntBE(0, 5).toString(36).padStart(8, '0').slice(-8);
  const secret = randomBytes(24).toString('base64url');
  const body = `${PREFIX}${id}_${secret}`;
  keys.set(id, { id, accountId, hash: sha256(secret), scopes, last4: secret.slice(-4), revokedAt: null });
  return `${body}_${checksum(body)}`;
}

type Verdict = { ok: true; record: KeyRecord } | { ok: false; reason: string };
function verifyKey(presented: string): Verdict {
  const match = KEY_SHAPE.exec(presented);
  if (!match) return { ok: false, reason: 'malformed key' };
  const [, id, secret, sum] = match as RegExpExecArray & [string, string, string, string]; // KEY_SHAPE's three groups always match
  if (checksum(presented.slice(0, presented.lastIndexOf('_'))) !== sum) return { ok: false, reason: 'bad checksum (no database lookup)' };
  lookups++;
  const record = keys.get(id);
  // Hash compare in constant time; a fast hash is fine because the secret has 192 random bits, unlike a password.
  if (!record || !timingSafeEqual(record.hash, sha256(secret))) return { ok: false, reason: 'unknown key' };
  if (record.revokedAt !== null) return { ok: false, reason: 'revoked key' };
  return { ok: true, record };
}

const requireScope = (scope: string) => (req: Request, res: Response, next: NextFunction) => {
  if (req.query.api_key !== undefined) return res.status(400).json({ error: 'send keys in the Authorization header, never in URLs' });
  const verdict = verifyKey((req.get('authorization') ?? '').replace(/^Bearer /, ''));
  if (!verdict.ok) return res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: verdict.reason });
  if (!verdict.record.scopes.includes(scope)) return res.status(403).json({ error: `key lacks scope ${scope}` });
  res.locals.accountId = verdict.record.accountId;
  next();
};

const app = express();
app.get('/v1/orders', requireScope('orders:read'), (req, res) => res.json({ account: res.locals.accountId, orders: [] }));
app.post('/v1/refunds', requireScope('refunds:write'), (req, res) => res.status(201).json({ refunded: true }));

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const call = async (label: string, method: string, path: string, key?: string): Promise<void> => {
  const res = await fetch(base + path, { method, headers: key ? { authorization: `Bearer ${key}` } : {} });
  console.log(label.padEnd(30), res.status, await res.text());
};

const readKey = createKey('acct_42', ['orders:read']);
const record = keys.get(KEY_SHAPE.exec(readKey)![1]!)!;
console.log('key shape ok:', KEY_SHAPE.test(readKey), '| stored:', `sha256 (${record.hash.length} bytes), scopes ${record.scopes.join(',')}, no secret`);
await call('read orders', 'GET', '/v1/orders', readKey);
await call('refund with a read-only key', 'POST', '/v1/refunds', readKey);
await call('one character changed', 'GET', '/v1/orders', readKey.slice(0, 20) + (readKey[20] === 'A' ? 'B' : 'A') + readKey.slice(21));
await call('key in the query string', 'GET', `/v1/orders?api_key=${readKey}`);
const rotated = createKey('acct_42', ['orders:read']); // rotation: the new key works before the old one is revoked
await call('new key during rotation', 'GET', '/v1/orders', rotated);
record.revokedAt = 1; // revoke the old key
await call('old key after revocation', 'GET', '/v1/orders', readKey);
console.log('database lookups:', lookups, 'of 5 authenticated attempts');
server.close();
