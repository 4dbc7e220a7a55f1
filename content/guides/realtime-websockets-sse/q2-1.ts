import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { WebSocketServer, WebSocket } from 'ws';

const ALLOWED_ORIGINS = new Set(['https://app.example.com']);
const sessions = new Map([['s3cr3t-session', 'alice']]); // cookie value -> user (stands in for a session store)
const tickets = new Map<string, { user: string; expiresAt: number }>();

// Browsers cannot add an Authorization header to a WebSocket, so the page first asks an ordinary
// authenticated endpoint for a short-lived, single-use ticket and puts it in the URL.
const server = createServer((req, res) => {
  const user = sessions.get(/session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '');
  if (req.method !== 'POST' || req.url !== '/ws-ticket' || !user) return void res.writeHead(401).end();
  const ticket = randomBytes(24).toString('base64url');
  tickets.set(ticket, { user, expiresAt: Date.now() + 30_000 });
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ticket }));
});

const wss = new WebSocketServer({ noServer: true });
const userOf = new WeakMap<WebSocket, string>();

function reject(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

// Authenticate before the upgrade: a rejected client never gets a WebSocket at all.
server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
  if (!ALLOWED_ORIGINS.has(req.headers.origin ?? '')) return reject(socket, 403, 'Forbidden'); // cross-site WebSocket hijacking
  const ticket = new URL(req.url ?? '/', 'http://localhost').searchParams.get('ticket') ?? '';
  const grant = tickets.get(ticket);
  tickets.delete(ticket); // single use, even if it turns out to be expired
  if (!grant || grant.expiresAt < Date.now()) return reject(socket, 401, 'Unauthorized');
  wss.handleUpgrade(req, socket, head, (ws) => {
    userOf.set(ws, grant.user);
    wss.emit('connection', ws, req);
  });
});
wss.on('connection', (ws: WebSocket) => ws.send(`hello ${userOf.get(ws)}`));

server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as { port: number };

// A client that reports either the first message or the HTTP status of a refused upgrade.
function connect(query: string, origin: string): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/live${query}`, { origin });
    ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
    ws.on('message', (data) => {
      resolve(`connected: ${String(data)}`);
      ws.close();
    });
    ws.on('error', () => {}); // the refusal is reported above
  });
}

async function getTicket(): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/ws-ticket`, { method: 'POST', headers: { cookie: 'session=s3cr3t-session' } });
  return ((await res.json()) as { ticket: string }).ticket;
}

const app = 'https://app.example.com';
const ticket = await getTicket();
console.log('no ticket               ->', await connect('', app));
console.log('ticket, origin evil.io  ->', await connect(`?ticket=${ticket}`, 'https://evil.io'));
console.log('ticket, origin app      ->', await connect(`?ticket=${ticket}`, app));
console.log('same ticket again       ->', await connect(`?ticket=${ticket}`, app));

wss.close();
server.close();
