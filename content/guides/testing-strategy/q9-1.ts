type Rand = (max: number) => number;

// Run-length encoding: 'aaab' -> '3a1b'. Both functions look fine in example-based tests.
const encode = (s: string): string => s.replace(/(.)\1*/g, (run: string, ch: string) => `${run.length}${ch}`);
const decode = (s: string): string => s.replace(/(\d)(\D)/g, (_: string, n: string, ch: string) => ch.repeat(Number(n)));

// A seeded random source makes every run reproducible from its seed.
function seeded(seed: number): Rand {
  let state = seed >>> 0;
  return (max) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * max); // integer in [0, max)
  };
}

// Generator: strings built from runs, so long runs actually occur.
function genRunString(rand: Rand): string {
  let s = '';
  for (let runs = rand(6); runs > 0; runs--) s += 'abc'[rand(3)]!.repeat(1 + rand(12));
  return s;
}

// Shrinking: keep taking the first smaller candidate that still fails.
function shrink(input: string, fails: (s: string) => boolean): string {
  for (let improved = true; improved; ) {
    improved = false;
    const candidates = [
      ...Array.from(input, (_, i) => input.slice(0, i) + input.slice(i + 1)), // drop one char
      ...Array.from(input, (c, i) => (c === 'a' ? null : input.slice(0, i) + 'a' + input.slice(i + 1))), // simplify
    ].filter((c): c is string => c !== null);
    const smaller = candidates.find(fails);
    if (smaller !== undefined) [input, improved] = [smaller, true];
  }
  return input;
}

function checkProperty(name: string, property: (s: string) => boolean, { seed, runs }: { seed: number; runs: number }): string | undefined {
  const rand = seeded(seed);
  for (let i = 1; i <= runs; i++) {
    const input = genRunString(rand);
    if (property(input)) continue;
    const minimal = shrink(input, (s) => !property(s));
    console.log(`✖ ${name}: failed on run ${i} (seed ${seed})`);
    console.log(`  generated: ${JSON.stringify(input)}`);
    console.log(`  shrunk to: ${JSON.stringify(minimal)}`);
    return minimal;
  }
  console.log(`✔ ${name}: held for ${runs} generated inputs (seed ${seed})`);
  return undefined;
}

checkProperty('encode output is never longer than 2x input', (s) => encode(s).length <= 2 * s.length, { seed: 7, runs: 300 });
const bad = checkProperty('decode(encode(s)) === s', (s) => decode(encode(s)) === s, { seed: 7, runs: 300 });
if (bad !== undefined) console.log(`  because encode gives ${JSON.stringify(encode(bad))} and decode reads one digit: ${JSON.stringify(decode(encode(bad)))}`);

const decodeFixed = (s: string): string => s.replace(/(\d+)(\D)/g, (_: string, n: string, ch: string) => ch.repeat(Number(n))); // \d+ not \d
checkProperty('decodeFixed(encode(s)) === s', (s) => decodeFixed(encode(s)) === s, { seed: 7, runs: 300 });
