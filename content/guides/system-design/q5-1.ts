import { hash } from 'node:crypto';

interface Point { pos: number; node: string }

// 32-bit position from a stable hash (never Math.random or a per-process seed).
const hash32 = (s: string): number => parseInt(hash('md5', s).slice(0, 8), 16);

class HashRing {
  #points: Point[] = []; // sorted by pos
  readonly vnodes: number;
  constructor(vnodes = 128) { this.vnodes = vnodes; }
  add(node: string): void {
    for (let i = 0; i < this.vnodes; i++) this.#points.push({ pos: hash32(`${node}#${i}`), node });
    this.#points.sort((a, b) => a.pos - b.pos);
  }
  remove(node: string): void { this.#points = this.#points.filter((p) => p.node !== node); }
  get(key: string): string { // first point clockwise from the key's position, wrapping around
    const h = hash32(key);
    let lo = 0, hi = this.#points.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (this.#points[mid]!.pos < h) lo = mid + 1; else hi = mid; }
    return this.#points[lo % this.#points.length]!.node; // the demo never asks an empty ring
  }
}

const keys = Array.from({ length: 50_000 }, (_, i) => `user:${i}`);
const spread = (assign: (key: string) => string): string => {
  const counts: Record<string, number> = {};
  for (const k of keys) { const node = assign(k); counts[node] = (counts[node] ?? 0) + 1; }
  return Object.entries(counts).sort().map(([n, c]) => `${n}=${(c / keys.length * 100).toFixed(1)}%`).join(' ');
};

const ring = new HashRing(128);
['cache-a', 'cache-b', 'cache-c'].forEach((n) => ring.add(n));
const before = new Map(keys.map((k) => [k, ring.get(k)]));
console.log('3 nodes:', spread((k) => ring.get(k)));

ring.add('cache-d');
const moved = keys.filter((k) => ring.get(k) !== before.get(k));
console.log('4 nodes:', spread((k) => ring.get(k)));
console.log(`ring: ${(moved.length / keys.length * 100).toFixed(1)}% of keys moved, all to:`,
  [...new Set(moved.map((k) => ring.get(k)))].join(','));

// Naive modulo placement for comparison: hash % N.
const modMoved = keys.filter((k) => hash32(k) % 3 !== hash32(k) % 4).length;
console.log(`hash % N: ${(modMoved / keys.length * 100).toFixed(1)}% of keys moved going from 3 to 4 nodes`);

// Why virtual nodes: with 1 point per node, shares are lopsided.
const bare = new HashRing(1);
['cache-a', 'cache-b', 'cache-c', 'cache-d'].forEach((n) => bare.add(n));
console.log('1 vnode each:', spread((k) => bare.get(k)));
