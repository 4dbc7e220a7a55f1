import { createServer, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';

// One server, the same events delivered three ways.
interface Tick {
  id: number;
  text: string;
}
const history: Tick[] = [];
const sseClients = new Set<ServerResponse>();
const pollWaiters = new Set<{ after: number; res: ServerResponse }>();
const wss = new WebSocketServer({ noServer: true });

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/events') {
    // SSE: one long HTTP response; each event is "id:", "data:" lines and a blank line.
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(': connected\n\n');
    sseClients.add(res);
    req.on('close', () => sseClients.delete(res));
  } else if (url.pathname === '/poll') {
    // Long polling: answer at once if something is newer than `after`, otherwise hold the request.
    const after = Number(url.searchParams.get('after') ?? 0);
    const newer = history.filter((t) => t.id > after);
    if (newer.length > 0) res.end(JSON.stringify(newer));
    else pollWaiters.add({ after, res });
  } else {
    res.writeHead(404).end();
  }
});
server.on('upgrade', (req, socket, head) => {
  // WebSocket: an HTTP request that switches protocols and keeps the TCP connection.
  wss.handleUpgrade(req, socket, head, (ws: ServerSocket) => wss.emit('connection', ws, req));
});

function publish(texts: string[]): void {
  for (const text of texts) {
    const tick = { id: history.length + 1, text };
    history.push(tick);
    for (const res of sseClients) res.write(`id: ${tick.id}\ndata: ${tick.text}\n\n`);
    for (const ws of wss.clients) ws.send(JSON.stringify(tick));
  }
  for (const waiter of pollWaiters) waiter.res.end(JSON.stringify(history.filter((t) => t.id > waiter.after)));
  pollWaiters.clear();
}

server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as { port: number };
const base = `http://127.0.0.1:${port}`;

// Clients: fetch for SSE and long polling, and the WebSocket class browsers also have (global in Node 22+).
const received: Record<string, string[]> = { sse: [], websocket: [], 'long-poll': [] };

const sse = await fetch(`${base}/events`);
const sseDone = (async () => {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of sse.body!) {
    const lines = (buffer + decoder.decode(chunk, { stream: true })).split('\n');
    buffer = lines.pop()!; // keep a partial last line for the next chunk
    for (const line of lines) if (line.startsWith('data: ')) received.sse!.push(line.slice(6));
    if (received.sse!.length === 3) return;
  }
})();

const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
await once(ws as unknown as EventTarget, 'open');
const wsDone = new Promise<void>((resolve) => {
  ws.addEventListener('message', (event) => {
    received.websocket!.push((JSON.parse(String(event.data)) as Tick).text);
    if (received.websocket!.length === 3) resolve();
  });
});

let pollRequests = 0;
const pollDone = (async () => {
  let after = 0;
  while (received['long-poll']!.length < 3) {
    pollRequests++;
    const ticks = (await (await fetch(`${base}/poll?after=${after}`)).json()) as Tick[];
    for (const t of ticks) received['long-poll']!.push(t.text);
    after = ticks.at(-1)?.id ?? after;
  }
})();

// Publish only once every client is listening, so nobody misses an event.
while (sseClients.size < 1 || wss.clients.size < 1 || pollWaiters.size < 1) await new Promise((r) => setImmediate(r));
publish(['tick-1', 'tick-2', 'tick-3']);
await Promise.all([sseDone, wsDone, pollDone]);

for (const [transport, texts] of Object.entries(received)) console.log(transport.padEnd(10), texts.join(', '));
console.log('long-poll requests:', pollRequests);

ws.close();
for (const res of sseClients) res.end();
await sse.body?.cancel().catch(() => {});
server.closeAllConnections();
server.close();
