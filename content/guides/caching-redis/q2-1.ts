import { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const k = 'q2-1:greeting';

await redis.set(k, 'hello', 'EX', 60);
console.log('after SET EX 60     ->', await redis.ttl(k));
await redis.set(k, 'hello again'); // a plain SET replaces the value AND drops the TTL
console.log('after plain SET     ->', await redis.ttl(k), '(-1 = no expiry: the key now lives forever)');
await redis.expire(k, 60);
await redis.set(k, 'kept', 'KEEPTTL'); // Redis 6+: overwrite but keep the existing TTL
console.log('after SET KEEPTTL   ->', await redis.ttl(k));
console.log('missing key         ->', await redis.ttl('q2-1:nope'), '(-2 = no such key)');

// INCR on a counter leaves its TTL alone: the basis of fixed-window rate limits.
await redis.set('q2-1:hits', 0, 'EX', 60);
await redis.incr('q2-1:hits');
console.log('counter after INCR  ->', await redis.get('q2-1:hits'), 'ttl', await redis.ttl('q2-1:hits'));

// Keys with a TTL really disappear: Redis checks on access and also samples expired keys in the background.
await redis.set('q2-1:short', 'x', 'PX', 50);
await sleep(80);
console.log('after 80ms, PX 50   ->', await redis.get('q2-1:short'));

// Jitter: spread expirations so keys written together do not all expire together.
const ttlWithJitter = (baseSeconds: number, spread = 0.1): number =>
  Math.round(baseSeconds * (1 + (Math.random() * 2 - 1) * spread));
const ttls = Array.from({ length: 1000 }, () => ttlWithJitter(3600));
console.log('jittered TTLs within 3240..3960:', ttls.every((t) => t >= 3240 && t <= 3960));

await redis.del(k, 'q2-1:hits');
await redis.quit();
