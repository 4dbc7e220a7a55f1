import { createServer, type ServerResponse } from 'node:http';
import { once } from 'node:events';

interface StoredEvent {
  id: number;
  data: string;
}
const BUFFER_SIZE = 3; // how far back a reconnecting client can resume (real systems: minutes of events)
const recent: StoredEvent[] = [];
const clients = new Set<ServerResponse>();
let nextId = 1;

const format = (e: StoredEvent): string => `id: ${e.id}\ndata: ${e.data}\n\n`;

function publish(data: string): void {
  const event = { id: nextId++, data };
  recent.push(event);
  if (recent.length > BUFFER_SIZE) recent.shift();
  for (const res of clients) res.write(format(event));
}

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.write('retry: 2000\n\n'); // how long EventSource waits before reconnecting
  // EventSource sends the last id it saw in this header when it reconnects.
  const lastId = Number(req.headers['last-event-id'] ?? 0);
  if (lastId > 0) {
    const oldest = recent[0]?.id ?? nextId;
    if (lastId + 1 < oldest) res.write('event: reset\ndata: too far behind, reload the full state\n\n');
    else for (const e of recent) if (e.id > lastId) res.write(format(e));
  }
  clients.add(res);
  req.on('close', () => clients.delete(res));
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as { port: number };

// A small SSE client on fetch (EventSource itself is not enabled by default in Node 24).
async function listen(lastEventId: number | null, wanted: number, whileConnected: () => void = () => {}): Promise<string[]> {
  const abort = new AbortController();
  const headers: Record<string, string> = lastEventId === null ? {} : { 'last-event-id': String(lastEventId) };
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers, signal: abort.signal });
  const seen: string[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  let connected = false;
  for await (const chunk of res.body!) {
    buffer += decoder.decode(chunk, { stream: true });
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop()!;
    for (const block of blocks) {
      const fields = Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
      if (fields.retry !== undefined && !connected) {
        connected = true;
        whileConnected(); // the server has registered us: publish now
      }
      if (fields.data !== undefined) seen.push(fields.event ? `${fields.event}(${fields.data})` : `${fields.id}:${fields.data}`);
    }
    if (seen.length >= wanted) break;
  }
  abort.abort();
  return seen;
}

console.log('first connection:', await listen(null, 2, () => (publish('price=10'), publish('price=11'))));
publish('price=12'); // published while the client is away
publish('price=13');
console.log('resume from 2:   ', await listen(2, 3, () => publish('price=14')));
console.log('resume from 1:   ', await listen(1, 1));

server.closeAllConnections();
server.close();
