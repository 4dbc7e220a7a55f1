import express from 'express';
import helmet from 'helmet';
import type { AddressInfo } from 'node:net';

const bare = express();
bare.get('/', (req, res) => res.send('<h1>hi</h1>'));

const hardened = express();
hardened.use(helmet({
  // Two years, all subdomains, and eligible for the browsers' built-in preload list.
  // Only send includeSubDomains/preload once *every* subdomain serves HTTPS.
  strictTransportSecurity: { maxAge: 63_072_000, includeSubDomains: true, preload: true },
  contentSecurityPolicy: { directives: { frameAncestors: ["'none'"] } }, // modern clickjacking defence
  xFrameOptions: { action: 'deny' },                                    // the same, for old browsers
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
}));
hardened.get('/', (req, res) => res.send('<h1>hi</h1>'));

const WATCH = ['strict-transport-security', 'content-security-policy', 'x-content-type-options', 'x-frame-options',
  'referrer-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'x-powered-by', 'x-xss-protection'];

for (const [name, app] of [['bare express', bare], ['helmet', hardened]] as const) {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  console.log(`== ${name} (${res.status})`);
  for (const h of WATCH) {
    let value = res.headers.get(h) ?? '(missing)';
    if (h === 'content-security-policy' && value !== '(missing)') value = value.split(';').filter((d) => d.startsWith('frame-ancestors')).join() + '; ...';
    console.log(`  ${h.padEnd(29)} ${value}`);
  }
  server.close();
}
