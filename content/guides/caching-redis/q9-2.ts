import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const COPIES = 4;
let redisReads = 0;

// Write path: store N copies under keys that hash to different slots (so, different nodes).
async function writeHot(key: string, value: string, ttlSeconds: number): Promise<void> {
  const tx = redis.multi(); // fine on one node; on a cluster, send the SETs separately
  for (let i = 0; i < COPIES; i++) tx.set(`${key}#${i}`, value, 'EX', ttlSeconds);
  await tx.exec();
}

// Read path: a small in-process cache absorbs most reads. lru-cache's fetch() also coalesces
// concurrent misses for the same key into one call; that call reads a random copy.
const local = new LRUCache<string, string>({
  max: 1000,
  ttl: 2000, // accept up to 2 s of staleness for hot keys
  fetchMethod: async (key) => {
    redisReads++;
    const value = await redis.get(`${key}#${Math.floor(Math.random() * COPIES)}`);
    return value ?? undefined; // undefined = nothing to cache
  },
});
const readHot = (key: string): Promise<string | undefined> => local.fetch(key);

await writeHot('q9-2:product:7', JSON.stringify({ id: 7, name: 'Launch-day sneaker' }), 60);
const reads = await Promise.all(Array.from({ length: 500 }, () => readHot('q9-2:product:7')));
const more: (string | undefined)[] = [];
for (let i = 0; i < 500; i++) more.push(await readHot('q9-2:product:7'));

console.log('app reads:', reads.length + more.length);
console.log('all identical:', new Set([...reads, ...more]).size === 1);
console.log('reads that reached Redis:', redisReads);

await redis.del(...Array.from({ length: COPIES }, (_, i) => `q9-2:product:7#${i}`));
await redis.quit();
