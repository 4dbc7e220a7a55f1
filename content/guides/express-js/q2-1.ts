import express, { type RequestHandler } from 'express';
import type { AddressInfo } from 'node:net';

const app = express();
const step = (name: string): RequestHandler => (req, res, next) => {
  (res.locals.steps ??= []).push(name);
  next();
};

app.use(step('app-wide'));                      // every request, in registration order

const users = express.Router();
users.use(step('users-router'));                // only requests that enter this router
users.get('/me', step('load-session'), (req, res) => {
  res.json({ steps: res.locals.steps, baseUrl: req.baseUrl, path: req.path });
});
users.get('/:id', (req, res) => {               // registered after /me, so /me wins
  res.json({ steps: res.locals.steps, id: req.params.id });
});
app.use('/users', users);                       // the mount path is stripped inside the router

// Express 5 (path-to-regexp 8) syntax: named wildcards, optional parts in braces.
app.get('/files/*path', (req, res) => res.json({ segments: req.params.path }));
app.get('/reports/:name{.:format}', (req, res) => {
  res.json({ name: req.params.name, format: req.params.format ?? 'json' });
});

app.use((req, res) => res.status(404).json({ steps: res.locals.steps, error: 'not found' }));

try {
  app.get('/legacy/:id?', () => {});            // Express 4 optional syntax
} catch (err) {
  console.log(`startup error: ${(err as Error).message.split(';')[0]}`);
}

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const paths = ['/users/me', '/users/42', '/files/2026/q3/report.pdf', '/reports/sales', '/reports/sales.csv', '/nope'];
  for (const path of paths) {
    const res = await fetch(base + path);
    console.log(path, res.status, await res.text());
  }
  server.close();
});
