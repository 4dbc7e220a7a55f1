// Probabilistic early expiration ("XFetch", Vattani, Chierichetti & Lowenstein, VLDB 2015).
// Store with each value how long it took to compute (deltaMs) and when it expires.
// Each reader recomputes early with a probability that rises as expiry approaches.
interface EarlyCheck {
  nowMs: number;
  expiresAtMs: number;
  deltaMs: number;
  beta?: number;
  random?: () => number;
}

function shouldRecomputeEarly({ nowMs, expiresAtMs, deltaMs, beta = 1, random = Math.random }: EarlyCheck): boolean {
  // -ln(U) is an exponential random variable, so P(early) = exp(-remaining / (delta * beta)).
  return nowMs - deltaMs * beta * Math.log(random()) >= expiresAtMs;
}

// A seeded PRNG (mulberry32) so this demo prints the same numbers on every run.
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(42);
const deltaMs = 1000; // recomputing takes about one second
const expiresAtMs = 60_000;
const trials = 100_000;

console.log('remaining/delta  simulated  theory');
for (const ratio of [10, 3, 1, 0.3, 0]) {
  const remainingMs = ratio * deltaMs;
  let early = 0;
  for (let i = 0; i < trials; i++) {
    if (shouldRecomputeEarly({ nowMs: expiresAtMs - remainingMs, expiresAtMs, deltaMs, random })) early++;
  }
  const theory = Math.exp(-remainingMs / deltaMs);
  console.log(
    `${String(ratio).padStart(15)}  ${((early / trials) * 100).toFixed(2).padStart(8)}%  ${(theory * 100).toFixed(2).padStart(6)}%`,
  );
}
