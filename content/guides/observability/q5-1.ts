import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import client from 'prom-client';

const registry = new client.Registry();
const counter = <T extends string>(name: string, labelNames: readonly T[]) =>
  new client.Counter<T>({ name, help: name, labelNames, registers: [registry] });
const bad = counter('bad_http_requests_total', ['method', 'path', 'user_id']);
const good = counter('http_requests_total', ['method', 'route', 'status_class']);
const latency = new client.Histogram({
  name: 'http_request_duration_seconds', help: 'latency', labelNames: ['method', 'route', 'status_class'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [registry],
});

const app = express();
app.use((req, res, next) => {
  res.on('finish', () => {
    // BAD: raw path and user id -> one new series per user, per id, per scanner probe.
    bad.inc({ method: req.method, path: req.path, user_id: req.get('x-user-id') ?? 'anon' });
    // GOOD: bounded values only -> route template and status class.
    const labels = {
      method: ['GET', 'POST', 'PUT', 'DELETE'].includes(req.method) ? req.method : 'OTHER',
      route: req.route ? req.baseUrl + req.route.path : 'unmatched',
      status_class: `${Math.floor(res.statusCode / 100)}xx`,
    };
    good.inc(labels);
    latency.observe(labels, 0.02); // fixed value: this demo counts series, not latency
  });
  next();
});
app.get('/users/:id', (req, res) => { res.json({ id: req.params.id }); });
app.get('/orders/:id', (req, res) => { res.json({ id: req.params.id }); });

const server = await new Promise<Server>((ok) => { const s = app.listen(0, '127.0.0.1', () => ok(s)); });
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const paths = [
  ...Array.from({ length: 30 }, (_, i) => `/users/${1000 + i}`),
  ...Array.from({ length: 20 }, (_, i) => `/orders/${5000 + i}`),
  ...Array.from({ length: 10 }, (_, i) => `/wp-admin/probe-${i}.php`), // scanners hit random URLs
];
for (const [i, path] of paths.entries()) {
  await (await fetch(base + path, { headers: { 'x-user-id': `u${i % 25}` } })).text();
}

for (const name of ['bad_http_requests_total', 'http_requests_total', 'http_request_duration_seconds']) {
  const { values } = await registry.getSingleMetric(name)!.get(); // all three are registered above
  console.log(`${name}: ${values.length} time series`);
}
// Every label combination is a series; a histogram multiplies it by (buckets + +Inf + _sum + _count).
const worstCase = 5 /* methods */ * 40 /* routes */ * 5 /* classes */ * (6 + 1 + 2);
console.log(`histogram worst case with bounded labels: ${worstCase} series per instance`);
server.close();
