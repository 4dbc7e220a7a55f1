import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// A minimal tus-style server: create an upload, ask for its offset, append at that offset.
interface Upload { length: number; chunks: Buffer[]; offset: number }
const uploads = new Map<string, Upload>();
let bytesSeen = 0;
const reached = new Map<number, () => void>(); // test hook: resolves when the server has stored N bytes

const server = createServer(async (req, res) => {
  const id = req.url?.split('/')[2] ?? '';
  const upload = uploads.get(id);
  if (req.method === 'POST') {
    const newId = randomUUID();
    uploads.set(newId, { length: Number(req.headers['upload-length']), chunks: [], offset: 0 });
    return res.writeHead(201, { location: `/files/${newId}` }).end();
  }
  if (!upload) return res.writeHead(404).end();
  if (req.method === 'HEAD') {
    return res.writeHead(200, { 'upload-offset': upload.offset, 'upload-length': upload.length, 'cache-control': 'no-store' }).end();
  }
  if (req.method === 'PATCH') {
    // The client must say where its bytes start; a mismatch means it has a stale view.
    if (Number(req.headers['upload-offset']) !== upload.offset) {
      req.resume();
      return res.writeHead(409, { 'upload-offset': upload.offset }).end();
    }
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        // Keep every byte as it arrives, so an interrupted request still advances the offset.
        upload.chunks.push(chunk);
        upload.offset += chunk.length;
        bytesSeen += chunk.length;
        for (const [n, resolve] of reached) if (bytesSeen >= n) (reached.delete(n), resolve());
      }
    } catch {
      return; // connection dropped: what we stored is the new offset
    }
    return res.writeHead(204, { 'upload-offset': upload.offset }).end();
  }
  res.writeHead(405).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const file = Buffer.alloc(1_000_000);
for (let i = 0; i < file.length; i++) file[i] = (i * 31) % 251;
const half = 400_000;

const created = await fetch(`${base}/files`, { method: 'POST', headers: { 'upload-length': String(file.length) } });
const location = `${base}${created.headers.get('location')}`;
console.log('create:', created.status);

// First attempt: the connection dies after 400,000 bytes (we cut it once the server has them).
const serverHasHalf = new Promise<void>((resolve) => reached.set(half, resolve));
const body = new ReadableStream<Uint8Array>({
  async start(controller) {
    controller.enqueue(file.subarray(0, half));
    await serverHasHalf;
    controller.error(new Error('network lost'));
  },
});
// duplex: 'half' is required for a streamed request body (the DOM RequestInit type does not list it yet).
const init: RequestInit & { duplex: 'half' } = {
  method: 'PATCH',
  body,
  duplex: 'half',
  headers: { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
};
const first = await fetch(location, init).catch((err: Error) => err);
console.log('first PATCH:', first instanceof Error ? 'failed (connection lost)' : first.status);

// Resume: ask where to continue, then send only the rest.
const head = await fetch(location, { method: 'HEAD' });
const offset = Number(head.headers.get('upload-offset'));
console.log('HEAD upload-offset:', offset, 'of', head.headers.get('upload-length'));

const stale = await fetch(location, { method: 'PATCH', body: file.subarray(0, 10), headers: { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' } });
console.log('PATCH at stale offset 0:', stale.status, '| server offset:', stale.headers.get('upload-offset'));

const rest = await fetch(location, { method: 'PATCH', body: file.subarray(offset), headers: { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' } });
console.log('resume PATCH:', rest.status, '| offset now:', rest.headers.get('upload-offset'));

const upload = [...uploads.values()][0]!;
const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');
console.log('complete and identical:', upload.offset === file.length && digest(Buffer.concat(upload.chunks)) === digest(file));
console.log('bytes sent in total:', bytesSeen, `(a restart from zero would have sent ${half + file.length})`);
server.close();
