import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';

// The "upstream" service: counts the TCP connections it has to accept.
let connections = 0;
const upstream = createServer((req, res) => setTimeout(() => res.end('ok'), 5));
upstream.on('connection', () => connections++);
upstream.keepAliveTimeout = 5_000; // idle keep-alive sockets are closed by the server after 5 s
upstream.listen(0, '127.0.0.1');
await once(upstream, 'listening');
const { port } = upstream.address() as AddressInfo;

function get(agent: Agent | false): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/price', agent }, (res) => {
      res.resume().on('end', () => resolve(res.statusCode)); // always consume the body
    }).on('error', reject).end();
  });
}

async function scenario(
  label: string,
  send: () => Promise<unknown>,
  { sequential = 0, parallel = 0 }: { sequential?: number; parallel?: number },
): Promise<void> {
  connections = 0;
  for (let i = 0; i < sequential; i++) await send();
  await Promise.all(Array.from({ length: parallel }, send));
  console.log(`${label.padEnd(36)} ${sequential + parallel} requests -> ${connections} TCP connections`);
}

// agent: false = no pooling: a TCP (and, for HTTPS, a TLS) handshake on every call.
await scenario('agent: false, sequential', () => get(false), { sequential: 20 });

// A pooled agent reuses idle sockets; its idle timeout stays below the server's 5 s.
const pooled = new Agent({ keepAlive: true, maxSockets: 10, maxFreeSockets: 10, timeout: 4_000 });
await scenario('keep-alive agent, sequential', () => get(pooled), { sequential: 20 });

// maxSockets caps concurrency per host; extra requests queue inside the agent.
const capped = new Agent({ keepAlive: true, maxSockets: 4 });
await scenario('keep-alive maxSockets=4, parallel', () => get(capped), { parallel: 20 });

// fetch() pools too (undici, bundled with Node). Two, not one: each call starts in the same
// tick the previous body ends, before undici has marked that socket idle again.
const viaFetch = async (): Promise<string> => (await fetch(`http://127.0.0.1:${port}/price`)).text(); // read the body!
await scenario('fetch(), sequential', viaFetch, { sequential: 20 });

pooled.destroy();
capped.destroy();
upstream.close();
