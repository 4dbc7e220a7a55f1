import express from 'express';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

const app = express();
app.get('/ping', (req, res) => res.json({ ok: true }));

// Node 24 defaults: headersTimeout 60 s, requestTimeout 300 s, keepAliveTimeout 5 s, no idle socket timeout.
const server = http.createServer({
  keepAliveTimeout: 65_000, // above the load balancer's idle timeout (60 s on an AWS ALB by default)
  headersTimeout: 1_000, // demo value; 10-30 s in production. Must be <= requestTimeout.
  requestTimeout: 30_000, // headers and body must both arrive within this
  connectionsCheckingInterval: 250, // how often Node sweeps for expired header/request timers (default 30 s)
}, app);
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as AddressInfo;

// A keep-alive agent with one socket plays the load balancer's connection pool.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const get = (path: string): Promise<string> => new Promise((resolve, reject) => {
  const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
    res.resume();
    res.on('end', () => resolve(`${res.statusCode}, reused socket: ${req.reusedSocket}`));
  });
  req.on('error', reject);
});
console.log('first request:              ', await get('/ping'));
await sleep(1_500); // idle longer than headersTimeout, far inside keepAliveTimeout
console.log('same socket after 1.5 s idle:', await get('/ping'));

// A slowloris client: starts its headers and never finishes them.
const slow = net.connect(port, '127.0.0.1');
let reply = '';
slow.on('data', (chunk: Buffer) => { reply += chunk.toString(); });
await once(slow, 'connect');
slow.write('GET /ping HTTP/1.1\r\nHost: api\r\n');
await once(slow, 'close');
console.log('unfinished headers:          ', reply.split('\r\n')[0], '(then the server closed the socket)');

try { http.createServer({ headersTimeout: 70_000, requestTimeout: 60_000 }); }
catch (err) { console.log('headersTimeout > requestTimeout:', (err as NodeJS.ErrnoException).code); }

agent.destroy();
server.close();
