import express from 'express';
import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import client from 'prom-client';

const registry = new client.Registry(); // own registry: no global state shared with libraries
const requests = new client.Counter({
  name: 'http_requests_total', help: 'HTTP requests handled',
  labelNames: ['method', 'route', 'status_code'] as const, registers: [registry],
});
const duration = new client.Histogram({
  name: 'http_request_duration_seconds', help: 'Time to produce a response',
  labelNames: ['method', 'route'] as const,
  buckets: [0.1, 0.25, 0.5, 1, 2.5], // around the 250 ms latency SLO, not the defaults
  registers: [registry],
});
let queued = 3; // stand-in for a real work queue
new client.Gauge({
  name: 'jobs_queued', help: 'Jobs waiting for a worker (a USE saturation signal)',
  registers: [registry], collect() { this.set(queued); }, // read at scrape time
});

// A clock the demo moves by hand, so every run lands in the same buckets; a real service uses
// performance.now(), or duration.startTimer(), which reads the real clock for you.
let clockMs = 0;
const now = (): number => clockMs;

const app = express();
app.use((req, res, next) => {
  const startedAt = now();
  res.on('finish', () => {
    const route: string = req.route ? req.baseUrl + req.route.path : 'unmatched'; // template, never the raw URL
    requests.inc({ method: req.method, route, status_code: String(res.statusCode) });
    duration.observe({ method: req.method, route }, (now() - startedAt) / 1000); // seconds, Prometheus' base unit
  });
  next();
});
app.get('/fast', (req, res) => { clockMs += 20; res.send('ok'); });
app.get('/slow', (req, res) => { clockMs += 300; res.send('ok'); }); // 300 ms of work, on the demo clock
app.get('/boom', (req, res) => { clockMs += 5; res.status(500).send('failed'); });

const metricsApp = express(); // expose on a separate, internal-only port
metricsApp.get('/metrics', async (req, res) => {
  res.set('Content-Type', registry.contentType).send(await registry.metrics());
});

const listen = (a: Express): Promise<Server> => new Promise((ok) => { const s = a.listen(0, '127.0.0.1', () => ok(s)); });
const [server, metricsServer] = [await listen(app), await listen(metricsApp)];
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const metricsUrl = `http://127.0.0.1:${(metricsServer.address() as AddressInfo).port}/metrics`;
await (await fetch(metricsUrl)).text(); // a first scrape before any traffic
for (const path of ['/fast', '/fast', '/slow', '/boom', '/nope']) await (await fetch(base + path)).text();

const res = await fetch(metricsUrl);
console.log(res.headers.get('content-type'));
const text = await res.text();
console.log(text.trim());
server.close(); metricsServer.close();
