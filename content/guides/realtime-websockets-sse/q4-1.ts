import { once } from 'node:events';
import { WebSocketServer, WebSocket } from 'ws';

const MAX_BUFFERED = 1024 * 1024; // per client: above 1 MiB queued in this process, it is a slow consumer
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
await once(wss, 'listening');
const { port } = wss.address() as { port: number };

const names = new WeakMap<WebSocket, string>();
const dropped: string[] = [];
const droppedClosed: Promise<unknown>[] = [];
wss.on('connection', (ws, req) => names.set(ws, new URL(req.url ?? '/', 'http://localhost').searchParams.get('name') ?? '?'));

// Fan-out with a per-client budget: never let one slow reader make the server buffer without limit.
function broadcast(payload: Buffer): void {
  for (const ws of wss.clients) {
    if (ws.readyState !== WebSocket.OPEN) continue;
    if (ws.bufferedAmount > MAX_BUFFERED) {
      dropped.push(names.get(ws)!);
      droppedClosed.push(once(ws, 'close'));
      ws.terminate(); // a close frame would queue behind the backlog it cannot drain
      continue;
    }
    ws.send(payload);
  }
}

async function connect(name: string): Promise<{ ws: WebSocket; count: () => number }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?name=${name}`, { perMessageDeflate: false });
  let received = 0;
  ws.on('message', () => received++);
  ws.on('error', () => {});
  await once(ws, 'open');
  return { ws, count: () => received };
}
const fast = await connect('fast');
const slow = await connect('slow');
slow.ws.pause(); // stops reading from its socket: the kernel buffers fill, then the server's queue grows
while (wss.clients.size < 2) await new Promise((r) => setImmediate(r));

const MESSAGES = 1000; // 1000 x 64 KiB = 64 MiB, more than the largest kernel socket buffers hold
const payload = Buffer.alloc(64 * 1024, 1);
for (let i = 0; i < MESSAGES; i++) {
  broadcast(payload);
  await new Promise((r) => setImmediate(r)); // let the event loop flush sockets and run the readers
}
const fastDone = new Promise<void>((resolve) => {
  const check = (): void => (fast.count() === MESSAGES ? resolve() : void setImmediate(check));
  check();
});
await fastDone;
await Promise.all(droppedClosed);

console.log('dropped as slow consumers:', dropped);
console.log(`fast client received ${fast.count()} of ${MESSAGES} messages`);
console.log('clients still connected:', [...wss.clients].map((ws) => names.get(ws)));

slow.ws.resume(); // let it notice the dropped connection
await once(slow.ws, 'close');
fast.ws.close();
await once(fast.ws, 'close');
wss.close();
