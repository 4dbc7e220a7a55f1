import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { rateLimit } from 'express-rate-limit';

// One app per `trust proxy` value; each reports what Express derived from the socket and the X-Forwarded-* headers.
function makeApp(trust: boolean | number | string): express.Express {
  const app = express();
  app.set('trust proxy', trust);
  app.use(rateLimit({
    windowMs: 60_000, limit: 2, // key: req.ip, which is exactly what `trust proxy` decides
    // The demo misconfigures on purpose; in an app, keep these checks on: they log
    // ERR_ERL_PERMISSIVE_TRUST_PROXY and ERR_ERL_UNEXPECTED_X_FORWARDED_FOR for exactly these mistakes.
    validate: { trustProxy: false, xForwardedForHeader: false },
  }));
  app.get('/whoami', (req, res) => res.json({ ip: req.ip, protocol: req.protocol, secure: req.secure, host: req.hostname }));
  return app;
}

const listen = async (app: express.Express): Promise<Server> => {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
};

// The load balancer connects from 127.0.0.1 and appends the address it saw; the client forged the first entry.
const viaLoadBalancer = (forged: string, client = '203.0.113.7'): Record<string, string> => ({
  'x-forwarded-for': `${forged}, ${client}`,
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'api.shop.example',
});

for (const trust of [false, true, 1, 'loopback']) {
  const server = await listen(makeApp(trust));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/whoami`;
  const first = await fetch(url, { headers: viaLoadBalancer('6.6.6.6') });
  console.log(`trust proxy ${JSON.stringify(trust).padEnd(10)} ${first.status} ${await first.text()}`);
  // Same client, three more requests, a new forged address each time: does the limit of 2 still hold?
  const statuses = [first.status];
  for (const forged of ['6.6.6.7', '6.6.6.8', '6.6.6.9']) statuses.push((await fetch(url, { headers: viaLoadBalancer(forged) })).status);
  const other = await fetch(url, { headers: viaLoadBalancer('6.6.6.6', '198.51.100.20') });
  console.log(`${''.padEnd(23)} 4 requests, rotating the forged address: ${statuses.join(' ')} | then another client: ${other.status}`);
  server.close();
}
