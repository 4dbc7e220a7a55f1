import { Redis } from 'ioredis';
import type { Result } from 'ioredis';

// Teach the types about the custom command that defineCommand adds at runtime.
declare module 'ioredis' {
  interface RedisCommander<Context> {
    tokenBucket(key: string, capacity: number, ratePerSec: number, nowMs: number | string): Result<[number, number, number], Context>;
  }
}

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

// Token bucket: `capacity` tokens, refilled continuously at `ratePerSec`. One round trip, atomic.
redis.defineCommand('tokenBucket', {
  numberOfKeys: 1,
  lua: `
    local capacity = tonumber(ARGV[1])
    local perMs = tonumber(ARGV[2]) / 1000
    local now = tonumber(ARGV[3])
    if not now then                       -- no caller clock: use Redis's own (no skew between app servers)
      local t = redis.call('TIME')
      now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
    end
    local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
    local tokens = tonumber(state[1]) or capacity
    local ts = tonumber(state[2]) or now
    tokens = math.min(capacity, tokens + math.max(0, now - ts) * perMs)
    local allowed, retryAfterMs = 0, 0
    if tokens >= 1 then
      tokens = tokens - 1
      allowed = 1
    else
      retryAfterMs = math.ceil((1 - tokens) / perMs)
    end
    redis.call('HSET', KEYS[1], 'tokens', tokens, 'ts', now)
    redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / perMs)) -- idle buckets disappear once full
    return { allowed, math.floor(tokens), retryAfterMs }
  `,
});

interface Decision { allowed: boolean; remaining: number; retryAfterMs: number }
const take = async (key: string, nowMs?: number): Promise<Decision> => {
  const [allowed, remaining, retryAfterMs] = await redis.tokenBucket(key, 5, 1, nowMs ?? '');
  return { allowed: allowed === 1, remaining, retryAfterMs };
};

const key = 'q1-1:bucket:user-42';
const t0 = 1_000_000; // fixed clock for a repeatable demo; omit it in production
for (let i = 1; i <= 7; i++) console.log(`t=0ms    request ${i}:`, await take(key, t0));
console.log('t=1500ms', await take(key, t0 + 1500)); // 1.5 tokens refilled
console.log('t=9000ms', await take(key, t0 + 9000)); // refill is capped at capacity

// Atomicity: 20 concurrent calls against a fresh bucket admit exactly `capacity`.
const burst = await Promise.all(Array.from({ length: 20 }, () => take('q1-1:bucket:burst', t0)));
console.log('concurrent burst admitted:', burst.filter((r) => r.allowed).length, 'of 20');
console.log('server clock mode:', await take('q1-1:bucket:server-clock'));

await redis.del(key, 'q1-1:bucket:burst', 'q1-1:bucket:server-clock');
await redis.quit();
