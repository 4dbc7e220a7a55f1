import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';

// Stands in for a slow database: it answers once three queries are waiting,
// which can happen only if the thread takes new requests while earlier ones wait.
const waiting: (() => void)[] = [];
function slowQuery(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (waiting.length === 3) waiting.splice(0).forEach((answer) => answer());
  });
}

let inFlight = 0;
let maxInFlight = 0;

function busyWait(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {} // pure CPU work: the thread can do nothing else
}

const server = http.createServer(async (req, res) => {
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  if (req.url === '/io') {
    await slowQuery(); // stands in for a database call: the thread is free meanwhile
  } else {
    busyWait(100); // stands in for CPU work: every other request waits
  }
  inFlight--;
  res.end('ok');
});

server.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

for (const path of ['/io', '/cpu']) {
  maxInFlight = 0;
  const statuses: number[] = await Promise.all(
    [1, 2, 3].map(() => fetch(base + path).then((res) => res.status)),
  );
  console.log(`${path}: statuses ${statuses.join(',')}; max handlers in flight at once: ${maxInFlight}`);
}

server.close();
