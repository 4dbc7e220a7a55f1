import { createServer } from 'node:http';
import { once } from 'node:events';
import { WebSocketServer, WebSocket } from 'ws';

const MAX_CONNECTIONS = 10_000; // per instance: sized from memory and file descriptors, see the table
const MAX_PER_USER = 2;
const perUser = new Map<string, number>();
let total = 0;
const serverErrors: string[] = [];

const server = createServer((_req, res) => res.writeHead(426).end()); // 426 Upgrade Required
// maxPayload: ws's default is 100 MiB per message, far more than any chat or notification needs.
const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

server.on('upgrade', (req, socket, head) => {
  const user = new URL(req.url ?? '/', 'http://localhost').searchParams.get('user') ?? ''; // from the auth step in real code
  const refuse = (status: string) => socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  if (total >= MAX_CONNECTIONS) return refuse('503 Service Unavailable');
  if ((perUser.get(user) ?? 0) >= MAX_PER_USER) return refuse('429 Too Many Requests');
  wss.handleUpgrade(req, socket, head, (ws) => {
    total++;
    perUser.set(user, (perUser.get(user) ?? 0) + 1);
    ws.on('close', () => {
      total--;
      perUser.set(user, perUser.get(user)! - 1);
    });
    ws.on('message', (data: Buffer) => ws.send(`got ${data.length} bytes`));
    ws.on('error', (err) => serverErrors.push(err.message)); // without a listener, the error would crash the process
  });
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as { port: number };

function open(user: string): Promise<WebSocket | string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/?user=${user}`);
    ws.on('open', () => resolve(ws));
    ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
    ws.on('error', () => {});
  });
}
const label = (c: WebSocket | string): string => (typeof c === 'string' ? c : 'open');

const tab1 = await open('alice');
const tab2 = await open('alice');
console.log('alice tab 1, 2, 3:', label(tab1), label(tab2), label(await open('alice')));
console.log('bob tab 1:        ', label(await open('bob')));

// Closing a tab frees a slot once the server has seen the close.
const ws1 = tab1 as WebSocket;
ws1.close();
await once(ws1, 'close');
while ((perUser.get('alice') ?? 0) > 1) await new Promise((r) => setImmediate(r));
const tab3 = await open('alice');
console.log('alice tab 3 after closing tab 1:', label(tab3));

// A message above maxPayload closes the connection with 1009 (Message Too Big).
const ws3 = tab3 as WebSocket;
ws3.send(Buffer.alloc(1024));
console.log('1 KiB message  ->', String((await once(ws3, 'message'))[0]));
ws3.send(Buffer.alloc(100 * 1024));
const [code] = await once(ws3, 'close');
console.log('100 KiB message -> closed with', code, '| server logged:', serverErrors);

for (const ws of wss.clients) ws.terminate();
server.closeAllConnections();
server.close();
