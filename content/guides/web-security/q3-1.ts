import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';

type CsrfSession = session.Session & Partial<session.SessionData> & { csrf?: string };
const APP_ORIGIN = 'https://bank.example';
const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  name: 'sid', secret: 'demo-secret', resave: false, saveUninitialized: true,
  cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto' }, // layer 1: browsers drop it on cross-site POSTs
}));

// Layer 2: reject state-changing requests that a browser labels as coming from another origin.
function checkOrigin(req: Request, res: Response, next: NextFunction) {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next(); // so GET must never change state
  const site = req.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return res.status(403).send(`blocked: Sec-Fetch-Site ${site}`);
  const origin = req.get('origin');
  if (origin && origin !== APP_ORIGIN) return res.status(403).send(`blocked: Origin ${origin}`);
  next(); // no header at all: old browser or non-browser client, so the token decides
}
// Layer 3: synchronizer token, stored in the session and echoed in the form body.
function checkToken(req: Request, res: Response, next: NextFunction) {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next();
  const expected = Buffer.from((req.session as CsrfSession).csrf ?? '');
  const given = Buffer.from(String(req.body?._csrf ?? ''));
  if (expected.length === 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return res.status(403).send('blocked: bad CSRF token');
  }
  next();
}
app.use(checkOrigin, checkToken);
app.get('/transfer', (req, res) => {
  (req.session as CsrfSession).csrf ??= randomBytes(32).toString('base64url');
  res.type('html').send(`<form method="post"><input type="hidden" name="_csrf" value="${(req.session as CsrfSession).csrf}">...</form>`);
});
app.post('/transfer', (req, res) => res.send(`sent ${req.body.amount} to ${req.body.to}`));

const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/transfer`;
  const form = await fetch(url);
  const cookie = form.headers.get('set-cookie')!.split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  console.log('GET form', form.status, '| token length', token.length);
  const attempt = async (label: string, headers: Record<string, string>, body: Record<string, string>): Promise<void> => {
    const res = await fetch(url, { method: 'POST', headers: { cookie, ...headers }, body: new URLSearchParams(body) });
    console.log(label.padEnd(30), res.status, await res.text());
  };
  const transfer = { to: 'mallory', amount: '1000' };
  await attempt('evil.example auto-submit form', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, transfer);
  await attempt('sibling subdomain (same-site)', { origin: 'https://blog.bank.example', 'sec-fetch-site': 'same-site' }, transfer);
  await attempt('no Origin, no token', {}, transfer);
  await attempt('no Origin, forged token', {}, { ...transfer, _csrf: 'x'.repeat(43) });
  await attempt('our page, real token', { origin: APP_ORIGIN, 'sec-fetch-site': 'same-origin' }, { to: 'bob', amount: '20', _csrf: token });
  server.close();
});
