/**
 * A small seedable pseudo-random generator (mulberry32): the same seed draws the same round, so a
 * round can be stored as its seed and tests can pin one.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed for a round nobody asked to repeat. */
export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}

/** A shuffled copy (Fisher–Yates), driven by the seeded generator. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** `count` distinct items drawn at random (all of them, shuffled, when there are fewer). */
export function drawAtRandom<T>(pool: readonly T[], count: number, seed: number): T[] {
  return shuffled(pool, seed).slice(0, Math.max(0, count));
}
