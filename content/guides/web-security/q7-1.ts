import express from 'express';
import type { Server } from 'node:http';
import { BlockList, isIP, type AddressInfo } from 'node:net';
import { lookup } from 'node:dns/promises';

type Resolved = Array<{ address: string }>;
type Verdict = { ok: true; pinTo: string } | { ok: false; reason: string };
interface CheckOptions { allowHosts?: Set<string>; resolveAll?: (host: string) => Promise<Resolved> }

// Addresses an outbound request must never reach: loopback, private, link-local (cloud metadata), CGNAT ...
// BlockList also matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against these IPv4 ranges.
const blocked = new BlockList();
for (const [net, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8],
  ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10]] as const) blocked.addSubnet(net, bits, 'ipv6');
const PARTNER_HOSTS = new Set(['api.partner.example']);

// Partner calls pass allowHosts; webhooks to customer URLs cannot, so the block-list is what protects them.
// resolveAll is injectable so this demo never touches real DNS; production passes dns.lookup.
export async function checkOutboundUrl(raw: string, { allowHosts, resolveAll = (h) => lookup(h, { all: true, verbatim: true }) }: CheckOptions = {}): Promise<Verdict> {
  let url: URL;
  try { url = new URL(raw); } catch { return { ok: false, reason: 'not a URL' }; }
  if (url.protocol !== 'https:') return { ok: false, reason: `scheme ${url.protocol} not allowed` };
  if (url.username || url.password) return { ok: false, reason: 'credentials in URL' };
  const host = url.hostname.replace(/^\[|\]$/g, ''); // the parser has already normalised 2130706433, 0x7f.1 ...
  if (allowHosts && !allowHosts.has(host)) return { ok: false, reason: `host ${host} not on allow-list` };
  const addresses = isIP(host) ? [{ address: host }] : await resolveAll(host);
  const first = addresses[0];
  if (!first) return { ok: false, reason: `${host} does not resolve` };
  // Every address must be public: a single internal one is enough to reject (the client may pick it).
  const bad = addresses.find((a) => blocked.check(a.address, isIP(a.address) === 6 ? 'ipv6' : 'ipv4'));
  if (bad) return { ok: false, reason: `${host} is internal (${bad.address})` };
  return { ok: true, pinTo: first.address }; // connect to this exact IP (no second lookup)
}

// An internal service the public app can reach but the internet must not (think 169.254.169.254).
const internal = express().get('/latest/meta-data/iam', (req, res) => res.json({ AccessKeyId: 'ASIA-DEMO', Secret: 'xyz' }));
const app = express();
app.get('/unsafe/preview', async (req, res) => res.send(await (await fetch(String(req.query.url))).text()));
app.get('/preview', async (req, res) => {
  const verdict = await checkOutboundUrl(String(req.query.url));
  if (!verdict.ok) return res.status(400).send(verdict.reason);
  res.send('would fetch with redirect: "error", a timeout and a size cap');
});

const listen = (a: express.Express): Promise<Server> => new Promise((r) => { const s = a.listen(0, '127.0.0.1', () => r(s)); });
const [internalServer, server] = [await listen(internal), await listen(app)];
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const port = (internalServer.address() as AddressInfo).port;
for (const [route, target] of [['/unsafe/preview', `http://127.0.0.1:${port}/latest/meta-data/iam`],
  ['/preview', `http://127.0.0.1:${port}/latest/meta-data/iam`], ['/preview', `https://127.0.0.1:${port}/latest/meta-data/iam`]] as const) {
  const res = await fetch(`${base}${route}?url=${encodeURIComponent(target)}`);
  console.log(`${route.padEnd(15)} ${new URL(target).protocol.padEnd(6)} internal URL -> ${res.status} ${await res.text()}`);
}

const fakeDns: Record<string, string[]> = {
  'api.partner.example': ['203.0.113.10'], 'hooks.customer.example': ['198.51.100.7'],
  'rebind.attacker.example': ['10.0.0.5'], 'dual.attacker.example': ['203.0.113.99', '::1'],
};
const resolveAll = async (h: string): Promise<Resolved> => (fakeDns[h] ?? []).map((address) => ({ address }));
console.log('partner call (allow-list):');
for (const u of ['https://api.partner.example/v1/status', 'https://hooks.customer.example/cb']) {
  console.log(' ', u.padEnd(42), JSON.stringify(await checkOutboundUrl(u, { allowHosts: PARTNER_HOSTS, resolveAll })));
}
console.log('customer webhook URL (block-list only):');
for (const u of ['https://hooks.customer.example/cb', 'https://rebind.attacker.example/', 'https://dual.attacker.example/',
  'https://169.254.169.254/latest/', 'https://2130706433/', 'https://0x7f.1/', 'https://[::ffff:127.0.0.1]/', 'https://[::]/',
  'https://100.64.1.1/', 'https://user@hooks.customer.example/', 'file:///etc/passwd']) {
  console.log(' ', u.padEnd(42), JSON.stringify(await checkOutboundUrl(u, { resolveAll })));
}
server.close();
internalServer.close();
