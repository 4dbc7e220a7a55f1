import { once } from 'node:events';
import { WebSocketServer, WebSocket } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
await once(wss, 'listening');
const { port } = wss.address() as { port: number };

const alive = new WeakMap<WebSocket, boolean>();
const names = new WeakMap<WebSocket, string>();
wss.on('connection', (ws, req) => {
  names.set(ws, new URL(req.url ?? '/', 'http://localhost').searchParams.get('name') ?? '?');
  alive.set(ws, true);
  ws.on('pong', () => alive.set(ws, true)); // any pong proves the peer is still there
});

// One sweep: drop peers that did not answer the previous ping, ping the rest.
// In production this runs on an interval shorter than every proxy's idle timeout (for example 25-30 s).
function sweep(): string[] {
  const dropped: string[] = [];
  for (const ws of wss.clients) {
    if (!alive.get(ws)) {
      dropped.push(names.get(ws)!);
      ws.terminate(); // no closing handshake: the peer is presumed gone
      continue;
    }
    alive.set(ws, false);
    ws.ping();
  }
  return dropped;
}

async function connect(name: string, autoPong: boolean): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?name=${name}`, { autoPong });
  await once(ws, 'open');
  return ws;
}
const healthy = await connect('healthy', true);
const frozen = await connect('frozen', false); // stands in for a peer behind a dead NAT mapping: it never answers
while (wss.clients.size < 2) await new Promise((r) => setImmediate(r));

const serverSide = (name: string): WebSocket => [...wss.clients].find((ws) => names.get(ws) === name)!;
const pong = once(serverSide('healthy'), 'pong');
const serverSideFrozenClosed = once(serverSide('frozen'), 'close');
console.log('sweep 1 dropped:', sweep());
await pong; // wait for the healthy peer's answer instead of waiting a fixed time
const frozenClosed = once(frozen, 'close');
console.log('sweep 2 dropped:', sweep());
const [code] = await frozenClosed;
await serverSideFrozenClosed;
console.log('frozen client saw close code', code, '(1006: connection lost without a close frame)');
console.log('still connected:', [...wss.clients].map((ws) => names.get(ws)));

healthy.close();
await once(healthy, 'close');
wss.close();
