import { spawnSync } from 'node:child_process';

const MB = 1024 * 1024;

// Runs a tiny program under the given V8 flags and returns what it printed.
function runWith(flags: string[], code: string): string {
  const child = spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return child.stdout;
}

// 1) The heap limit is the old space plus the young generation (three semi-space-sized areas).
const limitCode = `console.log(require('node:v8').getHeapStatistics().heap_size_limit / ${MB})`;
for (const flags of [
  ['--max-old-space-size=256', '--max-semi-space-size=16'],
  ['--max-old-space-size=256', '--max-semi-space-size=64'],
  ['--max-old-space-size=1024', '--max-semi-space-size=16'],
]) {
  console.log(`${flags.join(' ')} -> heap_size_limit ${runWith(flags, limitCode).trim()} MB`);
}

// 2) A small young generation fills sooner, so the same garbage costs more scavenges.
const churn = `
let batch = [];
for (let i = 0; i < 2_000_000; i++) { batch.push({ i }); if (batch.length === 100) batch = []; }
`;
const scavenges = (semiMb: number): number =>
  runWith(['--trace-gc', `--min-semi-space-size=${semiMb}`, `--max-semi-space-size=${semiMb}`], churn)
    .split('\n')
    .filter((line) => line.includes(': Scavenge ')).length;
const small = scavenges(1);
const large = scavenges(16);
console.log('1 MB semi-space: more than 5x the scavenges of 16 MB:', small > 5 * large);
console.log('16 MB semi-space: fewer than 20 scavenges:', large < 20);
