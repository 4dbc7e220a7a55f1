import express from 'express';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

// poolCreated is this instance's own resource; the database behind the pool is shared by every pod.
const state = { warmedUp: false, poolCreated: false, draining: false, dbUp: true };
const queryDb = async (sql: string): Promise<{ rows: string[] }> => { // stand-in for pool.query()
  if (!state.dbUp) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  return { rows: [sql.includes('orders') ? 'order-1' : '1'] };
};
let dbStatus = 'ok'; // refreshed in the background for dashboards; never decides a probe

const app = express();
// Liveness: "is this process stuck?" No dependency checks: restarting cannot fix the database.
app.get('/livez', (req, res) => { res.json({ status: 'ok' }); });
// Readiness: "should the load balancer send this pod traffic?" Only facts about this instance.
app.get('/readyz', (req, res) => {
  const checks = { warmedUp: state.warmedUp, poolCreated: state.poolCreated, draining: state.draining };
  const ready = checks.warmedUp && checks.poolCreated && !checks.draining;
  res.status(ready ? 200 : 503).json(checks);
});
// Shared dependencies are reported, not probed: a status page, metrics and alerts read this.
app.get('/status/dependencies', (req, res) => { res.json({ database: dbStatus }); });
// The request path fails fast and explains itself when the shared database is down.
app.get('/orders', async (req, res) => {
  try { res.json((await queryDb('SELECT id FROM orders LIMIT 1')).rows); }
  catch { res.status(503).set('Retry-After', '5').json({ error: 'orders temporarily unavailable' }); }
});

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const refreshDbStatus = async (): Promise<void> => {
  dbStatus = await queryDb('SELECT 1').then(() => 'ok', (err: NodeJS.ErrnoException) => err.code ?? 'error');
};

const show = async (label: string): Promise<void> => {
  await refreshDbStatus();
  const [live, ready, orders, deps] = await Promise.all([
    fetch(`${base}/livez`), fetch(`${base}/readyz`), fetch(`${base}/orders`), fetch(`${base}/status/dependencies`),
  ]);
  console.log(`${label.padEnd(14)} livez ${live.status} | readyz ${ready.status} ${JSON.stringify(await ready.json())}`);
  console.log(`${''.padEnd(14)} GET /orders ${orders.status} ${await orders.text()} | dependencies ${await deps.text()}`);
};
await show('starting');
state.poolCreated = true;
state.warmedUp = true;
await show('warmed up');
state.dbUp = false;
await show('database down'); // every pod sees this: readiness stays green, requests get a fast 503
state.dbUp = true;
state.draining = true; // what SIGTERM does first, before the drain described in the event-loop guide
await show('draining');
server.close();
