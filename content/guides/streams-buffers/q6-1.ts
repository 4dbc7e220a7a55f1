import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

// Build a 100,000-line access log (mixed \n and \r\n endings) to stand in for a large file.
const dir = await mkdtemp(join(tmpdir(), 'readline-demo-'));
const file = join(dir, 'access.log');
const lines: string[] = [];
for (let i = 1; i <= 100_000; i++) {
  const status = i % 250 === 0 ? 500 : i % 40 === 0 ? 404 : 200;
  lines.push(`GET /items/${i} ${status}${i % 3 === 0 ? '\r' : ''}`);
}
await writeFile(file, lines.join('\n') + '\n');

try {
  // 1) readline over a read stream: memory stays at roughly one chunk plus one line.
  const rl = createInterface({
    input: createReadStream(file),
    crlfDelay: Infinity, // treat \r\n as a single line break
  });
  const byStatus = new Map<string, number>();
  let count = 0;
  for await (const line of rl) { // no awaits between createInterface() and this loop
    count++;
    const status = line.slice(line.lastIndexOf(' ') + 1);
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  console.log('lines:', count);
  console.log('by status:', Object.fromEntries([...byStatus].sort()));
  console.log('any line still ends in \\r?', [...byStatus.keys()].some((s) => s.endsWith('\r')));

  // 2) The same loop with FileHandle.readLines(), which closes the file when the loop ends.
  const handle = await open(file);
  let firstError: string | null = null;
  for await (const line of handle.readLines()) {
    if (line.endsWith(' 500')) {
      firstError = line;
      break; // stopping early closes the stream and the file handle
    }
  }
  console.log('first 500:', firstError);
} finally {
  await rm(dir, { recursive: true });
}
