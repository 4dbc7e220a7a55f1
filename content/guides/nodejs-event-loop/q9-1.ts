import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

let shuttingDown = false;
const { promise: slowRequestStarted, resolve: markStarted } = Promise.withResolvers<void>();
const { promise: shutdownDone, resolve: markShutdownDone } = Promise.withResolvers<void>();

const server = http.createServer(async (req, res) => {
  if (req.url === '/readyz') {
    res.statusCode = shuttingDown ? 503 : 200; // the load balancer stops routing here
    return res.end();
  }
  markStarted();
  await sleep(200); // an in-flight request that must be allowed to finish
  if (shuttingDown) res.setHeader('Connection', 'close'); // do not keep this socket alive
  res.end('report ready');
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function closeResources(): Promise<void> {
  await sleep(10); // e.g. await pool.end(), await redis.quit(), await sdk.shutdown()
  console.log('3. database pool closed, telemetry flushed');
}

function shutdown(signal: NodeJS.Signals): void {
  console.log(`1. ${signal}: readiness fails, listener closed`);
  shuttingDown = true;
  const deadline = setTimeout(() => {
    console.error('shutdown took too long, forcing exit');
    server.closeAllConnections();
    process.exit(1);
  }, 10_000);
  deadline.unref(); // the safety timer must not keep the process alive by itself

  server.close(async () => { // runs once the last connection has closed
    console.log('2. in-flight requests finished, server closed');
    await closeResources();
    clearTimeout(deadline);
    console.log('4. shutdown complete; the process exits when the loop is empty');
    markShutdownDone();
  });
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

const inFlight = fetch(`${url}/report`).then((res) => res.text());
await slowRequestStarted;
process.kill(process.pid, 'SIGTERM'); // what Kubernetes, systemd or docker stop sends

const [body] = await Promise.all([inFlight, shutdownDone]);
console.log(`request in flight during SIGTERM got: "${body}"`);
const late = await fetch(`${url}/report`).catch((err: Error) => (err.cause as NodeJS.ErrnoException | undefined)?.code);
console.log(`request after shutdown: ${late}`);
