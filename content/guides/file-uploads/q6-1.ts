import busboy from 'busboy';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// Files live in quarantine until a scanner marks them clean; nothing is served before that.
type State = 'pending' | 'clean' | 'infected';
interface StoredFile { name: string; bytes: Buffer; state: State }
const files = new Map<string, StoredFile>();
const scanQueue: string[] = []; // stands in for a queue fed by the storage "object created" event

// Stands in for ClamAV or a cloud scanning service; test real ones with the EICAR test file.
const scanner = (bytes: Buffer): 'clean' | 'infected' => (bytes.includes('FAKE-MALWARE-SIGNATURE') ? 'infected' : 'clean');

function runScanner(): void {
  for (let id = scanQueue.shift(); id; id = scanQueue.shift()) {
    const file = files.get(id);
    if (!file) continue;
    file.state = scanner(file.bytes);
    if (file.state === 'infected') file.bytes = Buffer.alloc(0); // delete the content, keep the record for audit
  }
}

const server = createServer((req, res) => {
  if (req.method === 'POST') {
    const bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: 5 * 1024 * 1024 } });
    bb.on('file', async (_field, stream, info) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
      const id = randomUUID();
      files.set(id, { name: info.filename ?? 'unnamed', bytes: Buffer.concat(chunks), state: 'pending' });
      scanQueue.push(id);
      // 202: accepted, not yet usable; the client polls (or gets a webhook) for the outcome.
      res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ id, state: 'pending' }));
    });
    return req.pipe(bb);
  }
  const file = files.get(req.url?.split('/')[2] ?? '');
  if (!file) return res.writeHead(404).end();
  if (file.state === 'pending') return res.writeHead(409, { 'content-type': 'application/json' }).end('{"state":"pending"}');
  if (file.state === 'infected') return res.writeHead(410, { 'content-type': 'application/json' }).end('{"state":"infected"}');
  // Served as a download, never rendered inline on our origin.
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment', 'x-content-type-options': 'nosniff' }).end(file.bytes);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function upload(name: string, content: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${base}/files`, { method: 'POST', body: form });
  const { id } = await res.json() as { id: string };
  console.log(`upload ${name}:`, res.status);
  return id;
}
async function download(label: string, id: string): Promise<void> {
  const res = await fetch(`${base}/files/${id}`);
  const body = Buffer.from(await res.arrayBuffer());
  console.log(`  get ${label}:`, res.status, res.status === 200 ? `${body.length} bytes` : body.toString());
}

const report = await upload('report.docx', 'quarterly numbers');
const invoice = await upload('invoice.docx', 'macro FAKE-MALWARE-SIGNATURE');
console.log('before scanning:');
await download('report', report);
await download('invoice', invoice);
runScanner();
console.log('after scanning:');
await download('report', report);
await download('invoice', invoice);
console.log('states:', [...files.values()].map((f) => `${f.name}=${f.state}`).join(', '));
server.close();
