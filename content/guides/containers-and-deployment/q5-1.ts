import { spawn } from 'node:child_process';
import { once } from 'node:events';

const MiB = 2 ** 20;
// cgroup v2 memory.max holds the container limit in bytes ("max" = unlimited).
function oldSpaceFor(memoryMax: string, share = 0.75): number | null {
  if (memoryMax.trim() === 'max') return null;
  // Leave room for the young generation, Buffers (off-heap), native memory and thread stacks.
  return Math.floor((Number(memoryMax) * share) / MiB);
}
for (const limit of ['536870912', '1073741824', '4294967296', 'max']) {
  const mb = oldSpaceFor(limit);
  console.log(`memory.max ${limit.padEnd(10)} ->`, mb === null ? 'no limit: use --max-old-space-size-percentage or a fixed size' : `--max-old-space-size=${mb}`);
}

// What happens when the heap limit is reached: V8 aborts the process (it is not a catchable error).
const program = `
const v8 = require('node:v8');
console.log('heap limit includes more than old space:', v8.getHeapStatistics().heap_size_limit > 64 * 2 ** 20);
const keep = [];
for (let i = 0;; i++) keep.push(new Array(100000).fill(i));`;
const child = spawn(process.execPath, ['--max-old-space-size=64', '-e', program], { stdio: ['ignore', 'pipe', 'pipe'] });
let stderr = '';
child.stdout.on('data', (chunk: Buffer) => process.stdout.write(`child: ${chunk}`));
child.stderr.on('data', (chunk: Buffer) => { stderr += chunk; });
const [code, signal] = await (once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>);
console.log('child with --max-old-space-size=64 -> code', code, '| signal', signal);
console.log('stderr says "JavaScript heap out of memory":', stderr.includes('JavaScript heap out of memory'));
