import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocketServer, WebSocket } from 'ws';

async function startInstance(name: string): Promise<{ name: string; port: number; wss: WebSocketServer }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  wss.on('connection', (ws) => ws.send(`welcome from ${name}`));
  return { name, port: (wss.address() as { port: number }).port, wss };
}
const a = await startInstance('instance-a');
const b = await startInstance('instance-b');

// Full jitter: a random delay between 0 and the exponential cap, so 10,000 clients do not return at once.
function reconnectDelay(attempt: number, random: () => number, baseMs = 500, capMs = 30_000): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
// Seeded generator so this demo prints the same delays every run; real clients use Math.random().
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0; // mulberry32
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

// A client that, when the server says "restarting", waits its jittered delay and reconnects elsewhere.
function client(id: string, random: () => number): Promise<string> {
  return new Promise((resolve) => {
    const first = new WebSocket(`ws://127.0.0.1:${a.port}/`);
    first.on('close', async (code) => {
      const delay = reconnectDelay(1, random);
      await sleep(delay / 10); // scaled down for the demo
      const next = new WebSocket(`ws://127.0.0.1:${b.port}/`); // the load balancer now routes to B
      next.on('message', (data) => {
        resolve(`${id}: closed ${code}, waited ${delay} (ms), then ${String(data)}`);
        next.close();
      });
    });
  });
}
const reconnected = Promise.all(['c1', 'c2', 'c3', 'c4'].map((id, i) => client(id, seeded(i + 1))));
while (a.wss.clients.size < 4) await new Promise((r) => setImmediate(r));

// Draining instance A: stop accepting, then tell every client why it is being disconnected.
a.wss.close(); // no new connections; existing ones stay until closed
for (const ws of a.wss.clients) ws.close(1012, 'service restart'); // 1012: come back soon, elsewhere
const drained = once(a.wss, 'close'); // emitted once the last of A's connections has closed
for (const line of (await reconnected).sort()) console.log(line);
await drained;
console.log('instance-a drained, connections left:', a.wss.clients.size);

while (b.wss.clients.size > 0) await new Promise((r) => setImmediate(r));
b.wss.close();
