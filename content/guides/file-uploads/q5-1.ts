import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const SIGNING_KEY = 'shared-between-app-and-storage-demo-only';
let nowSeconds = 1_800_000_000; // a fake clock both servers read, so expiry is deterministic

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

// Everything the storage must enforce is inside the signed string.
const canonical = (method: string, key: string, expires: string, contentType: string, maxBytes: string): string =>
  [method, key, expires, contentType, maxBytes].join('\n');
const sign = (text: string): string => createHmac('sha256', SIGNING_KEY).update(text).digest('hex');

// Storage: accepts a PUT only with a valid, unexpired signature and matching type and size.
const objects = new Map<string, number>();
const storage = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://storage');
  const key = url.pathname.slice('/objects/'.length);
  const q = (name: string): string => url.searchParams.get(name) ?? '';
  const expected = Buffer.from(sign(canonical(req.method ?? '', key, q('expires'), q('contentType'), q('maxBytes'))), 'hex');
  const given = Buffer.from(q('sig'), 'hex');
  // Drain the body before answering so the client never sees a reset mid-upload.
  const deny = (status: number, reason: string) => req.resume().on('end', () => res.writeHead(status, { 'x-reason': reason }).end());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return deny(403, 'bad signature');
  if (nowSeconds > Number(q('expires'))) return deny(403, 'expired');
  if (req.headers['content-type'] !== q('contentType')) return deny(403, 'content-type not signed');
  if (Number(req.headers['content-length'] ?? Infinity) > Number(q('maxBytes'))) return deny(413, 'too large');
  let bytes = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) bytes += chunk.length;
  objects.set(key, bytes);
  res.writeHead(201).end();
});
const storageUrl = await listen(storage);

// App: authenticates the user, decides the key and limits, and returns a short-lived URL.
const app = createServer((req, res) => {
  const contentType = new URL(req.url ?? '/', 'http://app').searchParams.get('type') ?? '';
  if (!['image/png', 'image/jpeg'].includes(contentType)) return res.writeHead(400).end();
  const key = `user-42/${randomUUID()}`;
  const expires = String(nowSeconds + 300); // 5 minutes
  const maxBytes = String(5 * 1024 * 1024);
  const sig = sign(canonical('PUT', key, expires, contentType, maxBytes));
  const params = new URLSearchParams({ expires, contentType, maxBytes, sig });
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: `${storageUrl}/objects/${key}?${params}` }));
});
const appUrl = await listen(app);

async function presign(type: string): Promise<string> {
  return ((await (await fetch(`${appUrl}/uploads?type=${encodeURIComponent(type)}`)).json()) as { url: string }).url;
}
async function put(label: string, url: string, body: Buffer, type: string): Promise<void> {
  const res = await fetch(url, { method: 'PUT', body: new Uint8Array(body), headers: { 'content-type': type } });
  console.log(label.padEnd(34), res.status, res.headers.get('x-reason') ?? '');
}

const photo = Buffer.alloc(200_000, 1);
const url = await presign('image/png');
await put('PUT with the presigned URL', url, photo, 'image/png');
await put('same URL, different content-type', url, photo, 'text/html');
await put('key changed to another user', url.replace('user-42', 'user-7'), photo, 'image/png');
await put('6 MiB body', url, Buffer.alloc(6 * 1024 * 1024), 'image/png');
nowSeconds += 301;
await put('after 5 minutes', url, photo, 'image/png');
console.log('objects stored:', objects.size, '| bytes:', [...objects.values()].join(', '));
app.close();
storage.close();
