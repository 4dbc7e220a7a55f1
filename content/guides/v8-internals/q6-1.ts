import { spawnSync } from 'node:child_process';

// Short-lived garbage plus a set of objects that stay reachable, then one explicit full GC.
const workload = `
const sessions = [];
let batch = [];
for (let i = 0; i < 2_000_000; i++) {
  batch.push({ i });                                  // dies young: the batch is dropped every 100 items
  if (batch.length === 100) batch = [];
  if (i % 100 === 0) sessions.push({ id: i });         // survives: promoted to the old generation
}
globalThis.gc();                                       // --expose-gc: a full mark-compact
console.log('sessions kept:', sessions.length);
`;

const child = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', '-e', workload], { encoding: 'utf8' });
if (child.status !== 0) throw new Error(child.stderr);
const lines = child.stdout.split('\n');
const count = (kind: string): number => lines.filter((line) => line.includes(`: ${kind} `)).length;
console.log(lines.find((line) => line.startsWith('sessions kept')));
console.log('Scavenge (young generation) runs > 10:', count('Scavenge') > 10);
console.log('Mark-Compact (full heap) runs >= 1:', count('Mark-Compact') >= 1);
console.log('scavenges outnumber mark-compacts:', count('Scavenge') > count('Mark-Compact'));
