import busboy from 'busboy';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';

const MAX_PIXELS = 40_000_000; // about 160 MB of RGBA once decoded; reject anything bigger unread

// PNG: 8-byte signature, then the IHDR chunk whose first 8 data bytes are width and height.
function pngDimensions(head: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (head.length < 24 || !head.subarray(0, 8).equals(signature) || head.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

const server = createServer((req, res) => {
  const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: 10 * 1024 * 1024 } });
  bb.on('file', async (_field, file) => {
    let head = Buffer.alloc(0);
    let verdict: { status: number; body: string } | undefined;
    for await (const chunk of file as AsyncIterable<Buffer>) {
      if (verdict) continue; // drain the rest; the decision is made
      head = Buffer.concat([head, chunk]);
      if (head.length < 24) continue;
      const size = pngDimensions(head);
      if (!size) verdict = { status: 415, body: 'not a PNG' };
      // Decide from the header, before any decoder allocates width * height * 4 bytes.
      else if (size.width * size.height > MAX_PIXELS) verdict = { status: 422, body: `${size.width}x${size.height} is too many pixels` };
      else verdict = { status: 201, body: `accepted ${size.width}x${size.height}; next: decode in a worker and re-encode to strip metadata` };
    }
    verdict ??= { status: 415, body: 'too short to be an image' };
    res.writeHead(verdict.status, { 'content-type': 'text/plain' }).end(verdict.body);
  });
  req.pipe(bb);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/images`;

// Builds just the start of a PNG: signature and a valid IHDR chunk (the rest would be image data).
function pngHeader(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, default compression, filter and interlace
  const type = Buffer.from('IHDR', 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(13);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), length, type, data, crc]);
}

async function upload(label: string, bytes: Buffer): Promise<void> {
  const form = new FormData();
  form.append('image', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'upload.png');
  const res = await fetch(url, { method: 'POST', body: form });
  console.log(label.padEnd(34), res.status, await res.text());
}

await upload('1920x1080 photo', Buffer.concat([pngHeader(1920, 1080), Buffer.alloc(50_000)]));
// A few kilobytes on the wire that would need 4 GB of memory to decode.
await upload('32768x32768 "decompression bomb"', Buffer.concat([pngHeader(32768, 32768), Buffer.alloc(2_000)]));
await upload('SVG named .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
server.close();
