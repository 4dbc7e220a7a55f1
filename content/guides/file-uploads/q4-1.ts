import busboy from 'busboy';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// Magic numbers at the start of the file; the declared Content-Type plays no part.
const signatures: { type: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', test: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  { type: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'application/pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];
const ALLOWED = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const detect = (head: Buffer): string => signatures.find((s) => s.test(head))?.type ?? 'unknown';

// Holds back the first 12 bytes, decides, then streams the rest through (or fails the pipeline).
function sniff(onType: (type: string) => void): Transform {
  let head = Buffer.alloc(0);
  let decided = false;
  const decide = (t: Transform): Error | undefined => {
    decided = true;
    const type = detect(head);
    onType(type);
    if (!ALLOWED.has(type)) return new Error(`content is ${type}`);
    t.push(head);
    return undefined;
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (decided) return done(null, chunk);
      head = Buffer.concat([head, chunk]);
      done(head.length >= 12 ? decide(this) : undefined);
    },
    flush(done) {
      done(decided ? undefined : decide(this));
    },
  });
}

const stored: { bytes: number; contentType: string }[] = [];
const server = createServer((req, res) => {
  const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: 5 * 1024 * 1024 } });
  bb.on('file', async (_field, file, info) => {
    let detected = 'unknown';
    let bytes = 0;
    const storage = new Writable({ write: (chunk: Buffer, _e, done) => ((bytes += chunk.length), done()) });
    try {
      await pipeline(file, sniff((t) => (detected = t)), storage);
      // Store (and later serve) with the detected type, never the one the client declared.
      stored.push({ bytes, contentType: detected });
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ declared: info.mimeType, detected }));
    } catch {
      // pipeline destroyed the file stream, which stalls busboy: drain the request itself so the client can finish sending.
      req.unpipe(bb).resume();
      res.writeHead(415, { 'content-type': 'application/json' }).end(JSON.stringify({ declared: info.mimeType, detected }));
    }
  });
  req.pipe(bb);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/avatar`;

async function upload(label: string, bytes: Buffer, declared: string, filename: string): Promise<void> {
  const form = new FormData();
  form.append('avatar', new Blob([new Uint8Array(bytes)], { type: declared }), filename);
  const res = await fetch(url, { method: 'POST', body: form });
  console.log(label.padEnd(30), res.status, await res.text());
}

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500)]);
const html = Buffer.from('<html><script>alert(document.cookie)</script></html>');
const pdf = Buffer.from('%PDF-1.7\n%...');

await upload('real PNG, says image/png', png, 'image/png', 'me.png');
await upload('JPEG that says image/png', jpeg, 'image/png', 'me.png');
await upload('HTML that says image/png', html, 'image/png', 'me.png');
await upload('PDF that says image/jpeg', pdf, 'image/jpeg', 'cv.jpg');
console.log('stored:', JSON.stringify(stored));
server.close();
