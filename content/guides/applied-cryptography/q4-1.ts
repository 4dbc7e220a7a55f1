import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const SECRET = 'whsec_demo_only_not_a_real_secret';
const TOLERANCE_SECONDS = 300;

const sign = (timestamp: number, body: string): string =>
  createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex');

// Compare fixed-length digests in constant time; timingSafeEqual throws on unequal lengths.
function safeEqualHex(expectedHex: string, receivedHex: string): boolean {
  const expected = Buffer.from(expectedHex, 'hex');
  const received = Buffer.from(receivedHex, 'hex');
  return received.length === expected.length && timingSafeEqual(received, expected);
}

function verify(header: string | undefined, rawBody: string, nowSeconds: number): 'ok' | 'malformed' | 'stale' | 'bad-signature' {
  const match = /^t=(\d+),v1=([0-9a-f]+)$/.exec(header ?? '');
  if (!match) return 'malformed';
  const timestamp = Number(match[1]);
  // The timestamp is inside the signed text, so a replayed old request cannot refresh it.
  if (Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) return 'stale';
  return safeEqualHex(sign(timestamp, rawBody), match[2]!) ? 'ok' : 'bad-signature';
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    // Verify the exact bytes received: re-serialised JSON would not match the signature.
    const raw = Buffer.concat(chunks).toString('utf8');
    const result = verify(req.headers['webhook-signature'] as string | undefined, raw, Math.floor(Date.now() / 1000));
    res.writeHead(result === 'ok' ? 204 : result === 'malformed' ? 400 : 401, { 'x-result': result }).end();
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;

async function send(label: string, body: string, header: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'webhook-signature': header } });
  console.log(label.padEnd(22), res.status, res.headers.get('x-result'));
}

const body = '{"event":"invoice.paid","amount":4200}';
const now = Math.floor(Date.now() / 1000);
await send('valid', body, `t=${now},v1=${sign(now, body)}`);
await send('body changed', body.replace('4200', '1'), `t=${now},v1=${sign(now, body)}`);
await send('replayed after 1 h', body, `t=${now - 3600},v1=${sign(now - 3600, body)}`);
await send('short signature', body, `t=${now},v1=abcd`);
await send('no header', body, '');
server.close();
