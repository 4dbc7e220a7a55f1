import express from 'express';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const DRAIN_DELAY_MS = 300; // production: longer than readiness periodSeconds x failureThreshold
const state = { warmedUp: false, draining: false, dbUp: true };
const pingDb = async (): Promise<void> => { if (!state.dbUp) throw new Error('ECONNREFUSED'); }; // stand-in for SELECT 1

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(reject, ms, new Error('timeout')); });
  try { return await Promise.race([promise, timeout]); } finally { clearTimeout(timer); }
}

const app = express();
// Liveness: "is this process stuck?" No dependency checks: restarting cannot fix the database.
app.get('/livez', (req, res) => { res.json({ status: 'ok' }); });
// Readiness: "should the load balancer send me traffic right now?"
app.get('/readyz', async (req, res) => {
  const checks = { warmedUp: state.warmedUp, draining: state.draining, db: 'ok' };
  try { await withTimeout(pingDb(), 500); } catch (err) { checks.db = err instanceof Error ? err.message : String(err); }
  const ready = checks.warmedUp && !checks.draining && checks.db === 'ok';
  res.status(ready ? 200 : 503).json(checks);
});
app.get('/work', async (req, res) => { await sleep(400); res.json({ done: true }); });

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

process.once('SIGTERM', async () => {
  state.draining = true; // 1. fail readiness so the load balancer stops routing to us
  await sleep(DRAIN_DELAY_MS); // 2. keep serving while endpoints update
  server.close(); // 3. stop accepting; 'close' fires once every connection is gone
  // Keep-alive sockets that go idle later would linger until their timeout: sweep them, then force.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const force = setTimeout(() => server.closeAllConnections(), 10_000);
  server.once('close', () => { clearInterval(sweep); clearTimeout(force); });
});

const probe = async (label: string): Promise<void> => {
  const [live, ready] = await Promise.all(['/livez', '/readyz'].map((p) => fetch(base + p)));
  if (!live || !ready) throw new Error('probe failed');
  console.log(label.padEnd(22), 'livez', live.status, '| readyz', ready.status, JSON.stringify(await ready.json()));
};
await probe('starting (cold cache)');
state.warmedUp = true;
await probe('warmed up');
state.dbUp = false;
await probe('database down');
state.dbUp = true;

const inFlight = fetch(`${base}/work`).then(async (r) => `in-flight request -> ${r.status} ${await r.text()}`);
await sleep(50); // let it reach the server
const [signalled, closed] = [once(process, 'SIGTERM'), once(server, 'close')];
process.kill(process.pid, 'SIGTERM');
await signalled;
await probe('after SIGTERM');
console.log(await inFlight);
await closed;
console.log('server closed: nothing was cut off');
