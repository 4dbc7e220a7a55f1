import http from 'node:http';
import type { AddressInfo } from 'node:net';

// Two complete environments ("blue" runs v1, "green" runs v2) and a router that points at one of them.
let releaseSlow!: () => void;
const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
let slowStarted!: () => void;
const slowArrived = new Promise<void>((resolve) => (slowStarted = resolve));

function environment(color: string, version: string): http.Server {
  return http.createServer(async (req, res) => {
    if (req.url === '/slow') { slowStarted(); await slowGate; } // an upload still running during the switch
    res.end(`${color} ${version}`);
  });
}
async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}
const blue = environment('blue', 'v1');
const green = environment('green', 'v2');
const ports = { blue: await listen(blue), green: await listen(green) };
let live: 'blue' | 'green' = 'blue';

// The router (a load balancer or Service selector in real life): new requests go to the live color.
const router = http.createServer((req, res) => {
  const upstream = http.request({ host: '127.0.0.1', port: ports[live], path: req.url, method: req.method, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  req.pipe(upstream);
});
const base = `http://127.0.0.1:${await listen(router)}`;
const get = async (path: string): Promise<string> => (await fetch(base + path)).text();

console.log('before switch:', await get('/'));
const inFlight = get('/slow');
await slowArrived;
live = 'green'; // the cut-over: one atomic change
console.log('after switch: ', await get('/'), '| blue stays up, ready for a rollback');
releaseSlow();
console.log('in-flight request started on blue finished on:', await inFlight);
live = 'blue'; // rollback is the same switch, back
console.log('after rollback:', await get('/'));

for (const server of [router, blue, green]) {
  server.close();
  server.closeAllConnections(); // keep-alive sockets from fetch and from the router's agent
}
