import busboy from 'busboy';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, unlink } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const dir = await mkdtemp(join(tmpdir(), 'abort-'));
let received = 0;
const receivedAtLeast = new Map<number, () => void>(); // test hook: resolves once the server has N bytes
const serverEvents: string[] = [];
const cleanedUp = Promise.withResolvers<void>();

const server = createServer((req, res) => {
  const path = join(dir, `${randomUUID()}.part`);
  const bb = busboy({ headers: req.headers, limits: { files: 1 } });
  bb.on('error', (err: Error) => serverEvents.push(`parser: ${err.message}`)); // an unhandled 'error' would crash the process
  bb.on('file', (_field, file) => {
    file.on('data', (chunk: Buffer) => {
      received += chunk.length;
      for (const [n, resolve] of receivedAtLeast) if (received >= n) (receivedAtLeast.delete(n), resolve());
    });
    pipeline(file, createWriteStream(path))
      .then(() => res.writeHead(201).end(`stored ${received} bytes`))
      .catch(() => undefined); // the close handler below deals with failures
  });
  // The client went away before the body was complete: stop, and delete what we wrote.
  req.once('close', async () => {
    if (req.complete) return;
    serverEvents.push('request closed before the body was complete');
    bb.destroy();
    await unlink(path).catch(() => undefined);
    serverEvents.push('partial file deleted');
    cleanedUp.resolve();
  });
  req.pipe(bb);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`;

// A streamed multipart body built by hand, so the client can stop halfway like a dropped phone connection.
const boundary = 'demo-boundary-7d1a';
const partHeader = `--${boundary}\r\nContent-Disposition: form-data; name="video"; filename="clip.mp4"\r\nContent-Type: video/mp4\r\n\r\n`;
const chunk = Buffer.alloc(256 * 1024, 3);

const controller = new AbortController();
const serverHasHalf = new Promise<void>((resolve) => receivedAtLeast.set(4 * chunk.length, resolve));
const body = new ReadableStream<Uint8Array>({
  async start(c) {
    c.enqueue(Buffer.from(partHeader));
    for (let i = 0; i < 4; i++) c.enqueue(chunk);
    await serverHasHalf; // the server now holds 1 MiB of a file that will never finish
    controller.abort();
  },
});
// duplex: 'half' is required for a streamed request body (the DOM RequestInit type does not list it yet).
const init: RequestInit & { duplex: 'half' } = { method: 'POST', body, duplex: 'half', signal: controller.signal, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
const outcome = await fetch(url, init)
  .then((r) => `status ${r.status}`)
  .catch((err: Error) => err.name);
console.log('client:', outcome);
await cleanedUp.promise;
for (const e of serverEvents) console.log('server:', e);
console.log('files left in upload dir:', (await readdir(dir)).length);

// The same upload, completed, for comparison.
const form = new FormData();
form.append('video', new Blob([Buffer.alloc(1024 * 1024, 3)], { type: 'video/mp4' }), 'clip.mp4');
received = 0;
const ok = await fetch(url, { method: 'POST', body: form });
console.log('complete upload:', ok.status, await ok.text(), '| files:', (await readdir(dir)).length);
await rm(dir, { recursive: true, force: true });
server.close();
