import busboy from 'busboy';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, unlink } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const dir = await mkdtemp(join(tmpdir(), 'uploads-'));
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_FIELD_BYTES = 1024;
// busboy marks a value that reaches its limit as truncated, so each size limit sits one byte above what we accept.
const LIMITS = { fileSize: MAX_FILE_BYTES + 1, files: 2, fields: 5, fieldSize: MAX_FIELD_BYTES + 1 };

const server = createServer((req, res) => {
  const bb = busboy({ headers: req.headers, limits: LIMITS });
  const problems: string[] = [];
  const writes: Promise<{ name: string; path: string } | undefined>[] = [];

  bb.on('file', (_field, file, info) => {
    const path = join(dir, randomUUID());
    // When fileSize is reached busboy emits 'limit', stops passing data and marks the stream truncated.
    file.on('limit', () => problems.push(`${info.filename}: larger than ${MAX_FILE_BYTES} bytes`));
    writes.push(
      pipeline(file, createWriteStream(path)).then(async () => {
        if (!file.truncated) return { name: info.filename ?? 'unnamed', path };
        await unlink(path); // never keep a partial file
        return undefined;
      }),
    );
  });
  bb.on('field', (name, _value, info) => {
    if (info.valueTruncated) problems.push(`field ${name}: longer than ${MAX_FIELD_BYTES} bytes`);
  });
  // Parts beyond the limits are skipped, not delivered: only these events tell you.
  bb.on('filesLimit', () => problems.push(`more than ${LIMITS.files} files`));
  bb.on('fieldsLimit', () => problems.push(`more than ${LIMITS.fields} fields`));
  bb.on('close', async () => {
    // In the order the files arrived, whichever finished writing first.
    const saved = (await Promise.all(writes)).filter((f) => f !== undefined);
    // All or nothing: a rejected request keeps none of its files.
    if (problems.length > 0) await Promise.all(saved.splice(0).map((f) => unlink(f.path)));
    const status = problems.length > 0 ? 413 : 201;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ saved: saved.map((f) => f.name), problems }));
  });
  req.pipe(bb);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`;

const file = (name: string, bytes: number): [Blob, string] => [new Blob([Buffer.alloc(bytes, 7)]), name];

async function send(label: string, build: (f: FormData) => void): Promise<void> {
  const form = new FormData();
  build(form);
  const res = await fetch(url, { method: 'POST', body: form });
  const body = await res.json() as { saved: string[]; problems: string[] };
  console.log(label.padEnd(20), res.status, 'saved:', JSON.stringify(body.saved), 'problems:', JSON.stringify(body.problems));
}

await send('two small files', (f) => {
  f.append('a', ...file('a.jpg', 10_000));
  f.append('b', ...file('b.jpg', 20_000));
});
await send('one 3 MiB file', (f) => f.append('a', ...file('big.mov', 3 * 1024 * 1024)));
await send('three files', (f) => ['x', 'y', 'z'].forEach((n) => f.append(n, ...file(`${n}.jpg`, 1_000))));
await send('2 KB text field', (f) => f.append('comment', 'c'.repeat(2048)));
console.log('files on disk:', (await readdir(dir)).length, '(only the first request kept its two)');
await rm(dir, { recursive: true, force: true });
server.close();
