import { performance } from 'node:perf_hooks';

interface BenchResult {
  name: string;
  median: number;
  min: number;
  max: number;
}

let sink = 0; // results go somewhere observable, so the JIT cannot drop the work as dead code

function bench(
  name: string,
  fn: (i: number) => boolean,
  { warmupRounds = 3, rounds = 11, iterations = 1_000 } = {},
): BenchResult {
  const run = (): number => {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) sink ^= fn(i) ? 1 : 0;
    return ((performance.now() - start) * 1e6) / iterations; // ns per call
  };
  for (let r = 0; r < warmupRounds; r++) run(); // let the JIT profile, optimise and settle
  const samples = Array.from({ length: rounds }, run).sort((a, b) => a - b);
  return { name, median: samples[Math.floor(rounds / 2)]!, min: samples[0]!, max: samples.at(-1)! };
}

// Same inputs for both candidates, built outside the timed region.
const ids = Array.from({ length: 5_000 }, (_, i) => `user-${i * 7}`);
const idSet = new Set(ids);
const probes = Array.from({ length: 1_000 }, (_, i) => `user-${(i * 7919) % 40_000}`); // hits and misses

const results = [
  bench('Array#includes', (i) => ids.includes(probes[i]!)),
  bench('Set#has', (i) => idSet.has(probes[i]!)),
].sort((a, b) => a.median - b.median);

// Timings vary between machines and runs, so print a coarse bound on the ratio, not the numbers:
// it is in the thousands on a quiet machine and stays far above 100 with the CPU saturated.
// (Locally, log median/min/max: a wide spread means noise, so rerun or pin the CPU.)
const [fast, slow] = results as [BenchResult, BenchResult];
const ratio = slow.median / fast.median;
const bound = [100, 10].find((b) => ratio >= b);
console.log('faster:', fast.name);
console.log('speed-up by median:', bound ? `at least ${bound}x` : 'under 10x');
console.log('slower:', slow.name);
