import express, { type NextFunction, type Request, type Response } from 'express';
import type { AddressInfo } from 'node:net';

type Account = { id: string; email: string };

const app = express();
app.use(express.json());
const accounts = new Map<string, Account>(); // id -> account
let exportCount = 0;

app.post('/accounts', (req, res) => {
  if (!req.is('application/json')) return res.status(415).json({ error: 'send application/json' });
  const { email } = req.body as { email?: unknown };
  if (typeof email !== 'string' || !email.includes('@')) {
    return res.status(422).json({ error: 'email must be an email address' }); // parsed fine, breaks a rule
  }
  if ([...accounts.values()].some((a) => a.email === email)) {
    return res.status(409).json({ error: 'an account with this email already exists' }); // clashes with state
  }
  const account: Account = { id: `acc_${accounts.size + 1}`, email };
  accounts.set(account.id, account);
  res.status(201).location(`/accounts/${account.id}`).json(account);
});

app.delete('/accounts/:id', (req, res) => {
  if (!accounts.delete(req.params.id)) return res.status(404).json({ error: 'no such account' });
  res.status(204).end();
});

app.post('/exports', (_req, res) => {
  const id = `exp_${++exportCount}`;
  res.status(202).location(`/exports/${id}`).set('Retry-After', '5').json({ id, status: 'queued' });
});

app.get('/search', (_req, res) => {
  res.status(429).set('Retry-After', '30').json({ error: 'search quota exhausted for this minute' });
});

// express.json() flags malformed JSON with status 400 and type 'entity.parse.failed'.
app.use((err: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => res.status(err.status ?? 500).json({ error: err.type ?? 'internal' }));

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const json = { 'content-type': 'application/json' };
  const calls: Array<[method: string, path: string, headers?: Record<string, string>, body?: string]> = [
    ['POST', '/accounts', json, '{"email":"ada@example.com"}'],
    ['POST', '/accounts', json, '{"email":"ada@example.com"}'],
    ['POST', '/accounts', json, '{"email":"not-an-email"}'],
    ['POST', '/accounts', json, '{"email":'],
    ['POST', '/accounts', { 'content-type': 'text/plain' }, 'email=ada@example.com'],
    ['DELETE', '/accounts/acc_1'],
    ['DELETE', '/accounts/acc_1'],
    ['POST', '/exports'],
    ['GET', '/search?q=shoes'],
  ];
  for (const [method, path, headers, body] of calls) {
    const res = await fetch(base + path, { method, headers, body });
    const extra = ['location', 'retry-after'].filter((h) => res.headers.has(h)).map((h) => `${h}: ${res.headers.get(h)}`);
    console.log(`${method} ${path} -> ${res.status} ${res.statusText}`, extra.join(', '), await res.text());
  }
  server.close();
});
