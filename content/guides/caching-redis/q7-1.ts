import { Redis } from 'ioredis';
import type { ClientContext, Result } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

// Tell TypeScript about the commands added with defineCommand (ioredis's documented pattern).
declare module 'ioredis' {
  interface RedisCommander<Context extends ClientContext> {
    acquireLock(lockKey: string, fenceKey: string, token: string, ttlMs: number): Result<number, Context>;
    releaseLock(lockKey: string, token: string): Result<number, Context>;
  }
}

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

// Acquire = SET NX PX plus a fencing token from a counter, atomically in one script.
redis.defineCommand('acquireLock', {
  numberOfKeys: 2,
  lua: `if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
          return redis.call('incr', KEYS[2])
        end
        return 0`, // fences start at 1, so 0 means "not acquired"
});
// Release = delete only if the value is still our token (compare-and-delete).
redis.defineCommand('releaseLock', {
  numberOfKeys: 1,
  lua: `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
        return 0`,
});

interface Lock {
  token: string;
  fence: number;
}

async function acquire(resource: string, ttlMs: number): Promise<Lock | null> {
  const token = randomUUID();
  const fence = await redis.acquireLock(`q7-1:lock:${resource}`, `q7-1:fence:${resource}`, token, ttlMs);
  return fence === 0 ? null : { token, fence };
}
const release = (resource: string, lock: Lock): Promise<number> => redis.releaseLock(`q7-1:lock:${resource}`, lock.token);

// The protected resource must check the fence itself: it rejects any token older than one it has seen.
const storage = { value: 'initial', highestFence: 0 };
function write(fence: number, value: string): string {
  if (fence < storage.highestFence) return `rejected (fence ${fence} < ${storage.highestFence})`;
  storage.highestFence = fence;
  storage.value = value;
  return `accepted (fence ${fence})`;
}

const a = await acquire('invoice-7', 2_000); // a lease far longer than the next two round trips
if (!a) throw new Error('A should get the free lock');
console.log('A acquired, fence', a.fence);
console.log('B while A holds it:', await acquire('invoice-7', 100));
// A stalls (GC pause, slow I/O) longer than its lease: wait until Redis has expired the lock.
while (await redis.exists('q7-1:lock:invoice-7')) await sleep(50);
const b = await acquire('invoice-7', 1000);
if (!b) throw new Error('B should get the expired lock');
console.log('B acquired after expiry, fence', b.fence);
console.log('B writes:', write(b.fence, 'from B'));
console.log('A wakes and writes:', write(a.fence, 'from A'));
console.log('A releases:', await release('invoice-7', a), '(0: not A\'s lock any more)');
console.log('B releases:', await release('invoice-7', b));
console.log('final value:', storage.value);

await redis.del('q7-1:fence:invoice-7');
await redis.quit();
