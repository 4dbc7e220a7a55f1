import express from 'express';
import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
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

const app = express();
app.use((req, res, next) => {
  const end = duration.startTimer({ method: req.method });
  res.on('finish', () => {
    const route: string = req.route ? req.baseUrl + String(req.route.path) : 'unmatched'; // template, never the raw URL
    requests.inc({ method: req.method, route, status_code: String(res.statusCode) });
    end({ route });
  });
  next();
});
app.get('/fast', (req, res) => { res.send('ok'); });
app.get('/slow', async (req, res) => { await sleep(300); res.send('ok'); });
app.get('/boom', (req, res) => { res.status(500).send('failed'); });

const metricsApp = express(); // expose on a separate, internal-only port
metricsApp.get('/metrics', async (req, res) => {
  res.set('Content-Type', registry.contentType).send(await registry.metrics());
});

const listen = (a: Express): Promise<Server> => new Promise((ok) => { const s = a.listen(0, '127.0.0.1', () => ok(s)); });
const portOf = (s: Server): number => (s.address() as AddressInfo).port;
const [server, metricsServer] = [await listen(app), await listen(metricsApp)];
const base = `http://127.0.0.1:${portOf(server)}`;
const metricsUrl = `http://127.0.0.1:${portOf(metricsServer)}/metrics`;
await (await fetch(metricsUrl)).text(); // a first scrape before any traffic
for (const path of ['/fast', '/fast', '/slow', '/boom', '/nope']) await (await fetch(base + path)).text();

const res = await fetch(metricsUrl);
console.log(res.headers.get('content-type'));
const text = await res.text();
// _sum holds real elapsed seconds, which vary run to run: mask them for a stable printout.
console.log(text.replace(/(_sum\{[^}]*\}) \S+/g, '$1 <seconds>').trim());
server.close(); metricsServer.close();
