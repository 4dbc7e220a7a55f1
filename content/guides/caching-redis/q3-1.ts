import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;
let recomputes = 0;

interface Report {
  revenueCents: number;
}

async function buildReport(): Promise<Report> {
  recomputes++;
  await sleep(100); // the slow query we are protecting
  return { revenueCents: 424200 };
}

// One "app instance": in-process coalescing plus a Redis lock shared by all instances.
function makeInstance(): (key: string) => Promise<Report> {
  const inflight = new Map<string, Promise<Report>>();
  const coalesce = (key: string, fn: () => Promise<Report>): Promise<Report> => {
    if (!inflight.has(key)) inflight.set(key, fn().finally(() => inflight.delete(key)));
    return inflight.get(key)!;
  };

  return async function getReport(key: string): Promise<Report> {
    const hit = await redis.get(key);
    if (hit !== null) return JSON.parse(hit) as Report;
    return coalesce(key, async () => {
      const lockKey = `${key}:lock`;
      const token = randomUUID();
      for (let attempt = 0; attempt < 100; attempt++) {
        if (await redis.set(lockKey, token, 'PX', 5000, 'NX')) {
          try {
            const again = await redis.get(key); // double-check: a holder may have just finished
            if (again !== null) return JSON.parse(again) as Report;
            const value = await buildReport();
            await redis.set(key, JSON.stringify(value), 'EX', 60);
            return value;
          } finally {
            await redis.eval(RELEASE, 1, lockKey, token); // delete only our own lock
          }
        }
        await sleep(20); // someone else is rebuilding: wait and look again
        const filled = await redis.get(key);
        if (filled !== null) return JSON.parse(filled) as Report;
      }
      throw new Error(`gave up waiting for ${key}`);
    });
  };
}

const instances = [makeInstance(), makeInstance(), makeInstance()];
const calls = instances.flatMap((get) => Array.from({ length: 10 }, () => get('q3-1:report:today')));
const results = await Promise.all(calls);

console.log('requests:', results.length);
console.log('recomputes:', recomputes);
console.log('distinct values:', [...new Set(results.map((r) => r.revenueCents))]);
await redis.del('q3-1:report:today');
await redis.quit();
