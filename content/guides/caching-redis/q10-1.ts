import express from 'express';
import type { AddressInfo } from 'node:net';

const app = express(); // Express sets a weak ETag on res.send/res.json bodies by default
let renders = 0;

app.get('/products/:id', (req, res) => {
  renders++;
  // Shared caches (CDN) may keep it 5 min; browsers 1 min; serve stale for 30 s while revalidating.
  res.set('Cache-Control', 'public, max-age=60, s-maxage=300, stale-while-revalidate=30');
  res.json({ id: req.params.id, name: 'Espresso cup', priceCents: 1200 });
});

app.get('/me/orders', (req, res) => {
  res.set('Cache-Control', 'private, no-cache'); // per-user: browser only, revalidate every time
  res.json([{ id: 'o-1' }]);
});

const server = app.listen(0, '127.0.0.1');
await new Promise<void>((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const first = await fetch(`${base}/products/42`);
const etag = first.headers.get('etag')!;
console.log(first.status, 'cache-control:', first.headers.get('cache-control'));
console.log('etag is weak:', etag.startsWith('W/'), '| body bytes:', (await first.text()).length);

// Revalidation: the client sends the validator back; unchanged body -> 304 with no body.
// Node's fetch adds "Cache-Control: no-cache" to conditional requests unless one is given, and
// Express then always answers 200; "max-age=0" is what a browser sends when revalidating.
const second = await fetch(`${base}/products/42`, {
  headers: { 'If-None-Match': etag, 'Cache-Control': 'max-age=0' },
});
console.log(second.status, 'body bytes:', (await second.text()).length);

const mine = await fetch(`${base}/me/orders`);
console.log(mine.status, 'cache-control:', mine.headers.get('cache-control'));
await mine.text();

console.log('handler ran', renders, 'times: a 304 saves bandwidth, not server work');
server.close();
