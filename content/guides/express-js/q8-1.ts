import express from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import { Redis } from 'ioredis';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) throw new Error('REDIS_URL is not set: start redis-server and export REDIS_URL=redis://127.0.0.1:<port>');

// A fixed-window counter shared by every instance; MULTI makes INCR + PEXPIRE NX atomic.
class RedisWindowStore implements Store {
  localKeys = false; // counts are shared across processes
  readonly redis: Redis;
  readonly prefix: string;
  windowMs = 60_000;
  constructor(redis: Redis, prefix = 'rl:') { this.redis = redis; this.prefix = prefix; }
  init(options: Options): void { this.windowMs = options.windowMs; }
  async increment(key: string): Promise<ClientRateLimitInfo> {
    const k = this.prefix + key;
    // exec() resolves to null only when a WATCHed key changed; there is no WATCH here.
    const replies = (await this.redis.multi().incr(k).pexpire(k, this.windowMs, 'NX').pttl(k).exec())!;
    const failed = replies.find(([err]) => err);
    if (failed) throw failed[0]; // express-rate-limit then applies passOnStoreError
    const [[, totalHits], , [, ttlMs]] = replies as [[null, number], [null, number], [null, number]];
    return { totalHits, resetTime: new Date(Date.now() + ttlMs) };
  }
  async decrement(key: string): Promise<void> { await this.redis.decr(this.prefix + key); }
  async resetKey(key: string): Promise<void> { await this.redis.del(this.prefix + key); }
}

const redis = new Redis(REDIS_URL);
const PREFIX = 'q8-1:rl:';

function createInstance(name: string): Server {
  const app = express();
  app.set('trust proxy', 1); // exactly one proxy hop (the load balancer) sets X-Forwarded-For
  app.use(rateLimit({
    windowMs: 60_000,
    limit: 3,
    keyGenerator: (req) => req.get('x-api-key') ?? ipKeyGenerator(req.ip ?? ''), // demo: validate keys first in real code
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    passOnStoreError: true, // Redis down: fail open rather than take the API down
    store: new RedisWindowStore(redis, PREFIX),
    handler: (_req, res, _next, options) => res.status(options.statusCode).json({ error: 'rate_limited' }),
  }));
  app.get('/search', (_req, res) => res.json({ servedBy: name }));
  return app.listen(0, '127.0.0.1');
}

await redis.del(`${PREFIX}key_demo`); // start from a fresh window even if an earlier run was interrupted
const servers = [createInstance('a'), createInstance('b')];
await Promise.all(servers.map((s) => new Promise((resolve) => s.once('listening', resolve))));
for (let i = 0; i < 4; i++) {
  const server = servers[i % 2]!; // alternate instances, as a load balancer would
  const port = (server.address() as AddressInfo).port;
  const res = await fetch(`http://127.0.0.1:${port}/search`, { headers: { 'x-api-key': 'key_demo' } });
  if (i === 0) console.log('policy:', res.headers.get('ratelimit-policy'));
  // t and Retry-After count down from 60 with the clock, so a slow run shows 59: masked for a stable printout.
  const countdown = (value: string | null): string | null => value?.replace(/\d+$/, '<seconds>') ?? null;
  console.log(res.status, await res.text(), '|', countdown(res.headers.get('ratelimit')), '| retry-after:', countdown(res.headers.get('retry-after')));
}
await redis.del(`${PREFIX}key_demo`);
servers.forEach((s) => s.close());
await redis.quit();
