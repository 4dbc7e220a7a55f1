import busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, request } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

// A stand-in for object storage: accepts a streamed PUT and records size and SHA-256.
const objects = new Map<string, { bytes: number; sha256: string }>();
const store = createServer(async (req, res) => {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  objects.set(req.url ?? '', { bytes, sha256: hash.digest('hex') });
  res.writeHead(200).end();
});
const storePort = await listen(store);

// Streams one file part to the store; resolves when the store has acknowledged it.
function putObject(key: string, body: NodeJS.ReadableStream): Promise<number> {
  return new Promise((resolve, reject) => {
    const put = request({ host: '127.0.0.1', port: storePort, method: 'PUT', path: `/uploads/${key}` }, (res: IncomingMessage) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    put.on('error', reject);
    pipeline(body, put).catch(reject);
  });
}

let largestChunk = 0;
const app = createServer((req, res) => {
  const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: 50 * 1024 * 1024 } });
  const uploads: Promise<string>[] = [];
  bb.on('file', (_field, file) => {
    const key = randomUUID(); // our name for the object, never the client's filename
    // Watch chunk sizes on the way through: the file is never held in memory as a whole.
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        largestChunk = Math.max(largestChunk, chunk.length);
        done(null, chunk);
      },
    });
    const body = new PassThrough();
    uploads.push(putObject(key, body).then(() => key));
    pipeline(file, meter, body).catch((err) => body.destroy(err));
  });
  bb.on('close', async () => {
    const keys = await Promise.all(uploads);
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  req.pipe(bb);
});
const appPort = await listen(app);

// Client: a 4 MiB file built from a repeating pattern, hashed locally for comparison.
const file = Buffer.alloc(4 * 1024 * 1024, 'node streams ');
const form = new FormData();
form.append('video', new Blob([file], { type: 'video/mp4' }), 'clip.mp4');
const res = await fetch(`http://127.0.0.1:${appPort}/upload`, { method: 'POST', body: form });
const { keys } = await res.json() as { keys: string[] };
const stored = objects.get(`/uploads/${keys[0]}`);

console.log('status:', res.status, '| objects stored:', objects.size);
console.log('stored bytes:', stored?.bytes, '| sha256 matches the client file:', stored?.sha256 === createHash('sha256').update(file).digest('hex'));
console.log('largest chunk held by the app:', largestChunk <= 1024 * 1024 ? 'under 1 MiB' : 'over 1 MiB', '(file is 4 MiB)');
app.close();
store.close();
