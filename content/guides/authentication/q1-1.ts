import express from 'express';
import session from 'express-session';
import { SignJWT, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

// What this app keeps in a session, so req.session.userId is typed.
declare module 'express-session' {
  interface SessionData {
    userId: string;
  }
}

const app = express();
const jwtKey = new TextEncoder().encode('demo-secret-at-least-32-bytes-long!!');
const revokedJti = new Set<string>(); // in production: Redis with TTL = remaining token lifetime

// 1) Server-side session: the cookie holds only an opaque id, state lives on the server.
app.use('/s', session({
  name: 'sid', secret: 'demo-session-secret', resave: false, saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: 30 * 60_000 },
}));
app.post('/s/login', (req, res) => req.session.regenerate(() => {
  req.session.userId = 'alice';
  res.sendStatus(204);
}));
app.get('/s/me', (req, res) => req.session.userId ? res.json({ user: req.session.userId }) : res.sendStatus(401));
app.post('/s/logout', (req, res) => req.session.destroy(() => res.sendStatus(204)));

// 2) JWT: self-contained, verified without a lookup... unless you add a denylist.
app.post('/j/login', async (req, res) => {
  const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'HS256' })
    .setJti(randomUUID()).setIssuedAt().setExpirationTime('15m').sign(jwtKey);
  res.json({ token });
});
app.get('/j/me', async (req, res) => {
  try {
    const { payload } = await jwtVerify(req.get('authorization')?.slice(7) ?? '', jwtKey, { algorithms: ['HS256'] });
    if (revokedJti.has(payload.jti!)) return res.sendStatus(401); // every token /j/login signs has a jti
    res.json({ user: payload.sub });
  } catch { res.sendStatus(401); }
});
app.post('/j/revoke', async (req, res) => {
  const { payload } = await jwtVerify(req.get('authorization')?.slice(7) ?? '', jwtKey, { algorithms: ['HS256'] });
  revokedJti.add(payload.jti!);
  res.sendStatus(204);
});

const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const login = await fetch(`${base}/s/login`, { method: 'POST' });
const setCookie = login.headers.get('set-cookie')!;
const cookie = setCookie.split(';')[0]!;
console.log('session login', login.status, '| cookie attrs:', setCookie.split('; ').slice(1).filter((a) => !a.startsWith('Expires')).join('; '));
console.log('session /me  ', (await fetch(`${base}/s/me`, { headers: { cookie } })).status);
console.log('logout       ', (await fetch(`${base}/s/logout`, { method: 'POST', headers: { cookie } })).status);
console.log('replayed sid ', (await fetch(`${base}/s/me`, { headers: { cookie } })).status, '<- server forgot it: instant revocation');

const { token } = await (await fetch(`${base}/j/login`, { method: 'POST' })).json() as { token: string };
const auth = { authorization: `Bearer ${token}` };
console.log('jwt /me      ', (await fetch(`${base}/j/me`, { headers: auth })).status, `(token is ${token.length} chars)`);
// "Logging out" on the client just deletes its copy; a stolen copy still works until exp:
console.log('stolen copy after client logout', (await fetch(`${base}/j/me`, { headers: auth })).status);
console.log('revoke jti   ', (await fetch(`${base}/j/revoke`, { method: 'POST', headers: auth })).status);
console.log('after revoke ', (await fetch(`${base}/j/me`, { headers: auth })).status, '<- needed server state after all');
server.close();
