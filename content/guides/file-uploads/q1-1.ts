import busboy from 'busboy';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// Print what a multipart body is made of, part by part, as the server parses it.
const server = createServer((req, res) => {
  console.log('content-type:', req.headers['content-type']?.replace(/boundary=.*/, 'boundary=<random>'));
  const parts: string[] = [];
  const bb = busboy({ headers: req.headers });
  bb.on('field', (name, value) => parts.push(`field ${name}=${JSON.stringify(value)}`));
  bb.on('file', (name, stream, info) => {
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
    stream.on('end', () => parts.push(`file  ${name}: ${info.filename} (${info.mimeType}), ${bytes} bytes`));
  });
  bb.on('close', () => {
    for (const p of parts) console.log(' ', p);
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ parts: parts.length }));
  });
  req.pipe(bb);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`;

// The browser (or Node's fetch) builds the multipart body and boundary from FormData.
const form = new FormData();
form.append('title', 'Quarterly report');
form.append('document', new Blob([Buffer.alloc(3000, 'x')], { type: 'application/pdf' }), 'q3-report.pdf');
form.append('thumbnail', new Blob([Buffer.alloc(120, 1)], { type: 'image/png' }), 'thumb.png');

const res = await fetch(url, { method: 'POST', body: form });
console.log('status:', res.status, await res.text());

// The same 3,000 bytes as base64 inside JSON: a third bigger, and parsed as one string in memory.
console.log('base64 size of 3000 bytes:', Buffer.alloc(3000).toString('base64').length);
server.close();
