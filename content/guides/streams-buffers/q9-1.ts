import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';

interface Checkout {
  items: { price: number; qty: number }[];
}

/** An error that says which HTTP status it should become. */
type HttpError = Error & { status?: number };

// Small, bounded payloads: buffer them, with a hard cap, and work on the whole value.
async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw Object.assign(new Error('body too large'), { status: 413 });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')); // needs the complete text anyway
  } catch {
    throw Object.assign(new Error('invalid JSON'), { status: 400 });
  }
}

const server = createServer(async (req, res) => {
  try {
    const body = await readJsonBody(req, 1024) as Checkout;
    const total = body.items.reduce((sum, item) => sum + item.price * item.qty, 0);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ total }));
  } catch (err) {
    // Buffering means nothing has been sent yet, so the status code can still say what went wrong.
    res.writeHead((err as HttpError).status ?? 500, { connection: 'close' }).end((err as HttpError).message);
  }
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/checkout`;

const bodies: Record<string, string> = {
  'small order': JSON.stringify({ items: [{ price: 12.5, qty: 2 }, { price: 3, qty: 1 }] }),
  'broken JSON': '{"items": [',
  'huge order': JSON.stringify({ items: Array.from({ length: 200 }, () => ({ price: 1, qty: 1 })) }),
};
for (const [label, body] of Object.entries(bodies)) {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  console.log(`${label} (${Buffer.byteLength(body)} bytes): ${res.status} ${await res.text()}`);
}
server.close();
