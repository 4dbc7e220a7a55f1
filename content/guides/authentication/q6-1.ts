import express from 'express';
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

interface RefreshRecord { familyId: string; userId: string; usedAt: number | null; expiresAt: number }
interface Family { userId: string; revoked: boolean }
interface TokenResponse { access_token: string; refresh_token: string; expires_in: number }

// Refresh tokens are stored hashed (a DB leak must not yield usable tokens), grouped in families.
const tokens = new Map<string, RefreshRecord>(); // sha256(token) -> record
const families = new Map<string, Family>();
let familySeq = 0;
const sha256 = (t: string): string => createHash('sha256').update(t).digest('hex');

function issue(userId: string, familyId: string): TokenResponse {
  const refreshToken = randomBytes(32).toString('base64url');
  tokens.set(sha256(refreshToken), { familyId, userId, usedAt: null, expiresAt: Date.now() + 30 * 86_400_000 });
  return { access_token: randomBytes(32).toString('base64url'), refresh_token: refreshToken, expires_in: 600 };
}

const app = express();
app.use(express.json());
app.post('/login', (req, res) => {
  const familyId = `fam-${++familySeq}`;
  families.set(familyId, { userId: req.body.user, revoked: false });
  res.json(issue(req.body.user, familyId));
});
app.post('/token', (req, res) => {
  const record = tokens.get(sha256(String(req.body.refresh_token)));
  const family = record && families.get(record.familyId);
  if (!record || !family || family.revoked || record.expiresAt < Date.now()) {
    return res.status(400).json({ error: 'invalid_grant' });
  }
  if (record.usedAt !== null) {
    // An already-rotated token came back: one of the two holders is an attacker, and we cannot tell which.
    family.revoked = true;
    console.log(`  [security] refresh token reuse: family=${record.familyId} user=${record.userId} -> family revoked`);
    return res.status(400).json({ error: 'invalid_grant' });
  }
  record.usedAt = Date.now(); // in a real DB: an atomic compare-and-set, so two racing requests cannot both win
  res.json(issue(record.userId, record.familyId));
});

const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const post = async (path: string, body: unknown): Promise<{ status: number; body: TokenResponse & { error?: string } }> => {
  const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as TokenResponse & { error?: string } };
};
const refresh = (rt: string) => post('/token', { grant_type: 'refresh_token', refresh_token: rt });

const login = await post('/login', { user: 'alice' });
const rt1 = login.body.refresh_token;
const r2 = await refresh(rt1);
console.log('legit refresh rt1   ', r2.status, 'new token differs:', r2.body.refresh_token !== rt1);
const stolen = await refresh(rt1);  // attacker replays the copy of rt1 they exfiltrated earlier
console.log('attacker replays rt1', stolen.status, stolen.body.error);
const r3 = await refresh(r2.body.refresh_token); // the real user is now logged out too
console.log('user refreshes rt2  ', r3.status, r3.body.error, '-> must log in again');
const fresh = await post('/login', { user: 'alice' });
console.log('new login           ', fresh.status, 'family', familySeq, '| stored hashes:', tokens.size);
server.close();
