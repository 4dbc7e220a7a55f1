import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const p = 'q5-1:';

// String: a cached blob or a counter (INCR is atomic).
await redis.set(`${p}page:home`, '<html>…</html>', 'EX', 60);
await redis.incrby(`${p}views:home`, 3);
console.log('string  views:', await redis.get(`${p}views:home`));

// Hash: one object, fields read and written individually (sessions, profiles).
await redis.hset(`${p}session:s1`, { userId: '42', role: 'admin', cartItems: '2' });
await redis.hincrby(`${p}session:s1`, 'cartItems', 1);
console.log('hash    session:', await redis.hgetall(`${p}session:s1`));

// List: ordered, push/pop at the ends (simple queues, recent-items feeds).
await redis.rpush(`${p}jobs`, 'email:1', 'email:2', 'email:3');
console.log('list    popped:', await redis.lpop(`${p}jobs`), '| left:', await redis.llen(`${p}jobs`));

// Set: unique members, membership tests and set algebra (tags, "who liked this").
await redis.sadd(`${p}likes:post1`, 'ana', 'bo', 'cy');
await redis.sadd(`${p}likes:post2`, 'bo', 'cy', 'dee');
console.log('set     liked both:', (await redis.sinter(`${p}likes:post1`, `${p}likes:post2`)).sort());

// Sorted set: members ordered by score (leaderboards, priority queues, sliding windows).
await redis.zadd(`${p}board`, 1200, 'ana', 1750, 'bo', 980, 'cy');
await redis.zincrby(`${p}board`, 900, 'cy');
// Fix: ioredis 6's typings accept only a string `stop` in the REV/WITHSCORES overloads, hence '1'.
console.log('zset    top 2:', await redis.zrange(`${p}board`, 0, '1', 'REV', 'WITHSCORES'));
console.log('zset    rank of ana (0 = best):', await redis.zrevrank(`${p}board`, 'ana'));

// Stream: append-only log with IDs and consumer groups (events, durable queues).
await redis.xadd(`${p}orders`, '*', 'orderId', 'o-1', 'status', 'paid');
await redis.xadd(`${p}orders`, '*', 'orderId', 'o-2', 'status', 'paid');
const entries = await redis.xrange(`${p}orders`, '-', '+');
console.log('stream  entries:', entries.map(([, fields]) => fields.join(' ')));

// HyperLogLog: approximate distinct count in at most ~12 KB, whatever the cardinality.
await redis.pfadd(`${p}visitors:today`, 'u1', 'u2', 'u3', 'u2', 'u1');
console.log('hll     distinct visitors:', await redis.pfcount(`${p}visitors:today`));

await redis.unlink(...['page:home', 'views:home', 'session:s1', 'jobs', 'likes:post1', 'likes:post2',
  'board', 'orders', 'visitors:today'].map((k) => p + k));
await redis.quit();
