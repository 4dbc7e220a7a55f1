import express from 'express';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

// Demo defaults: a 200 ms drain and an ephemeral port so the run takes about a second.
const DRAIN_DELAY_MS = Number(process.env.DRAIN_DELAY_MS ?? 200);    // let the LB stop routing to us
const FORCE_AFTER_MS = Number(process.env.FORCE_AFTER_MS ?? 20_000);  // below the pod's grace period
let draining = false;

const app = express();
app.use((_req, res, next) => {
  if (draining) res.set('Connection', 'close');  // no keep-alive on responses sent while draining
  res.on('finish', () => { if (draining) server.closeIdleConnections(); });
  next();
});
app.get('/health/live', (_req, res) => res.send('ok'));
app.get('/health/ready', (_req, res) => res.status(draining ? 503 : 200).send(draining ? 'draining' : 'ready'));
app.get('/reports/slow', async (_req, res) => { await sleep(500); res.json({ done: true }); });

export const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
server.keepAliveTimeout = 65_000; // longer than the load balancer's idle timeout
server.headersTimeout = 66_000;

async function closeResources(): Promise<void> { /* db.end(), redis.quit(), tracerProvider.shutdown() */ }

async function drainAndClose(signal: NodeJS.Signals): Promise<void> {
  draining = true;
  console.log(`${signal}: readiness -> 503, draining for ${DRAIN_DELAY_MS} ms`);
  await sleep(DRAIN_DELAY_MS);
  const force = setTimeout(() => {
    console.log('deadline reached: closing remaining connections');
    server.closeAllConnections();
  }, FORCE_AFTER_MS);
  const closed = new Promise((resolve) => server.close(resolve)); // stop accepting, wait for sockets
  server.getConnections((_err, count) => console.log(`listener closed, open connections: ${count}`));
  await closed;
  clearTimeout(force);
  await closeResources();
  console.log('all connections closed, resources released');
}

let shutdownPromise: Promise<void> | undefined;
export const shutdown = (signal: NodeJS.Signals): Promise<void> =>
  (shutdownPromise ??= drainAndClose(signal)); // a second signal waits too

process.once('SIGTERM', () => {
  shutdown('SIGTERM').catch((err: unknown) => { console.error(err); process.exitCode = 1; });
});

// Demo: a slow request is in flight when the orchestrator sends SIGTERM.
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const slow = fetch(`${base}/reports/slow`).then(async (res) => `${res.status} ${await res.text()}`);
await sleep(50);
const delivered = once(process, 'SIGTERM');
process.kill(process.pid, 'SIGTERM');
await delivered;
const probe = await fetch(`${base}/health/ready`);
console.log(`readiness probe during drain: ${probe.status} ${await probe.text()} (connection: ${probe.headers.get('connection')})`);
await shutdown('SIGTERM'); // the same promise the signal handler started
console.log(`in-flight request finished: ${await slow}`);
try {
  await fetch(`${base}/health/live`);
} catch (err) {
  console.log(`new connection after shutdown: ${((err as Error).cause as { code?: string }).code}`);
}
