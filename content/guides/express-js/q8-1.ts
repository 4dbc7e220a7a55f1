import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const app = express();
// A body without a JSON content type is a client error, not an empty body: say so with 415.
const requireJson = (req: Request, res: Response, next: NextFunction): void => {
  if (req.is(['application/json', 'application/*+json'])) return next();
  res.status(415).json({ error: 'content-type must be application/json' });
};
app.post('/orders',
  requireJson,
  express.json({ limit: '16kb', type: ['application/json', 'application/*+json'] }), // limit counts decompressed bytes
  (req, res) => res.status(201).json({ received: req.body }));

// body-parser errors carry a status and a stable `type`: map them, never leak a stack.
app.use((err: { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
  if (res.headersSent) return next(err);
  const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
  res.status(status).json({ error: status === 500 ? 'internal error' : err.type });
});

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders`;
const post = async (label: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>): Promise<void> => {
  const res = await fetch(url, { method: 'POST', body, headers });
  console.log(label.padEnd(34), res.status, await res.text());
};
const json = { 'content-type': 'application/json' };
await post('valid JSON', '{"sku":"A1","qty":2}', json);
await post('vendor type application/vnd.x+json', '{"sku":"A1"}', { 'content-type': 'application/vnd.shop+json' });
await post('JSON sent as text/plain', '{"sku":"A1"}', { 'content-type': 'text/plain' });
await post('20 KB body, limit 16 KB', JSON.stringify({ note: 'x'.repeat(20_000) }), json);
await post('gzip body that inflates to 50 KB', gzipSync(JSON.stringify({ note: 'x'.repeat(50_000) })), { ...json, 'content-encoding': 'gzip' });
await post('truncated JSON', '{"sku":', json);
await post('a bare string (strict mode)', '"A1"', json);
await post('charset latin1', '{"sku":"A1"}', { 'content-type': 'application/json; charset=latin1' });
await post('content-encoding compress', '{"sku":"A1"}', { ...json, 'content-encoding': 'compress' });
server.close();
