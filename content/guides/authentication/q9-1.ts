import express from 'express';
import session from 'express-session';
import type { AddressInfo } from 'node:net';

// What this app keeps in a session, so req.session.userId and req.session.cart are typed.
declare module 'express-session' {
  interface SessionData {
    userId: string;
    cart: string[];
    authAt: number;
  }
}

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  name: 'sid', secret: 'demo-secret', resave: false, saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto' },
}));
app.get('/cart', (req, res) => { req.session.cart ??= []; res.sendStatus(204); }); // anonymous session
app.get('/me', (req, res) => (req.session.userId ? res.json({ user: req.session.userId }) : res.sendStatus(401)));

const checkPassword = (user: unknown, pass: unknown): boolean => user === 'victim' && pass === 'pw'; // stand-in for a real check

// Vulnerable: upgrades the existing (possibly attacker-chosen) session in place.
app.post('/login-vulnerable', (req, res) => {
  if (!checkPassword(req.body.user, req.body.pass)) return res.sendStatus(401);
  req.session.userId = req.body.user;
  res.sendStatus(204);
});
// Fixed: new session id at the privilege boundary; copy over what should survive (the cart).
app.post('/login', (req, res, next) => {
  if (!checkPassword(req.body.user, req.body.pass)) return res.sendStatus(401);
  const cart = req.session.cart;
  req.session.regenerate((err: unknown) => {
    if (err) return next(err);
    Object.assign(req.session, { userId: req.body.user, cart, authAt: Date.now() });
    res.sendStatus(204);
  });
});

const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const pairOf = (res: Response): string | undefined => res.headers.get('set-cookie')?.split(';')[0];

for (const path of ['/login-vulnerable', '/login']) {
  // 1. Attacker gets a valid anonymous session id and plants it in the victim's browser
  //    (e.g. a cookie set from a compromised subdomain, or a sid accepted from a URL).
  const planted = pairOf(await fetch(`${url}/cart`))!; // /cart always starts a session
  // 2. Victim logs in while carrying the planted cookie.
  const login = await fetch(url + path, { method: 'POST', headers: { cookie: planted },
    body: new URLSearchParams({ user: 'victim', pass: 'pw' }) });
  const victimCookie = pairOf(login) ?? planted; // no Set-Cookie means the browser keeps the old one
  // 3. Attacker reuses the id they planted.
  const attacker = await fetch(`${url}/me`, { headers: { cookie: planted } });
  const leaked = attacker.ok ? ` ${JSON.stringify(await attacker.json())}` : '';
  console.log(`${path.padEnd(17)} login ${login.status} | sid changed: ${victimCookie !== planted} | attacker /me: ${attacker.status}${leaked}`);
}
server.close();
