import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

if (!process.env.REDIS_URL) throw new Error('REDIS_URL is not set: start redis-server and export REDIS_URL=redis://127.0.0.1:<port>');

const CHANNEL = 'cache:invalidate';
type Loader<V> = (key: string) => Promise<V>;

export class TieredCache<V extends {}> extends EventEmitter {
  #l1 = new LRUCache<string, V>({ max: 10_000, ttl: 30_000 }); // per process; a short TTL bounds staleness
  #inflight = new Map<string, Promise<V>>();                     // concurrent misses share one load
  stats = { l1: 0, l2: 0, source: 0, coalesced: 0 };
  readonly ttlSeconds: number;
  readonly redis: Redis;
  readonly subscriber: Redis;

  constructor(redisUrl: string, ttlSeconds = 300) {
    super();
    this.ttlSeconds = ttlSeconds;
    this.redis = new Redis(redisUrl);
    this.subscriber = new Redis(redisUrl);            // a subscribed connection can do nothing else
    this.subscriber.on('message', (_channel: string, key: string) => { this.#l1.delete(key); this.emit('invalidated', key); });
  }
  start(): Promise<unknown> { return this.subscriber.subscribe(CHANNEL); }

  async get(key: string, loadFromSource: Loader<V>): Promise<V> {
    const local = this.#l1.get(key);
    if (local !== undefined) { this.stats.l1++; return local; }
    const pending = this.#inflight.get(key);
    if (pending) { this.stats.coalesced++; return pending; }
    const load = this.#fill(key, loadFromSource).finally(() => this.#inflight.delete(key));
    this.#inflight.set(key, load);
    return load;
  }

  async #fill(key: string, loadFromSource: Loader<V>): Promise<V> {
    const cached = await this.redis.get(key);
    let value: V;
    if (cached !== null) { this.stats.l2++; value = JSON.parse(cached) as V; } else {
      this.stats.source++;
      value = await loadFromSource(key);
      const jitter = Math.floor(Math.random() * this.ttlSeconds * 0.1); // avoid synchronized expiry
      await this.redis.set(key, JSON.stringify(value), 'EX', this.ttlSeconds + jitter);
    }
    this.#l1.set(key, value);
    return value;
  }

  async invalidate(key: string): Promise<void> { // call after the write to the source of truth has committed
    await this.redis.del(key);
    this.#l1.delete(key);
    await this.redis.publish(CHANNEL, key); // every instance (including this one) evicts its L1
  }
  close(): Promise<unknown> { return Promise.all([this.redis.quit(), this.subscriber.quit()]); }
}

// Demo: two "instances" of the service share one Redis; the source takes 50 ms per read.
type Product = { id: number; price: number };
const db = new Map<string, Product>([['product:1', { id: 1, price: 100 }]]);
const slowSource = async (key: string) => { await sleep(50); return structuredClone(db.get(key)!); };
const [a, b] = [new TieredCache<Product>(process.env.REDIS_URL), new TieredCache<Product>(process.env.REDIS_URL)];
await Promise.all([a.start(), b.start()]);

await Promise.all(Array.from({ length: 5 }, () => a.get('product:1', slowSource)));
await a.get('product:1', slowSource);
console.log('A: 5 concurrent reads, then 1 more:', a.stats);
console.log('B: first read', await b.get('product:1', slowSource), b.stats);

db.set('product:1', { id: 1, price: 80 });  // write to the source of truth...
const evictedOnB = once(b, 'invalidated');
await a.invalidate('product:1');            // ...then invalidate both layers everywhere
await evictedOnB;
console.log('B: after the write', await b.get('product:1', slowSource), b.stats);
await a.redis.del('product:1');
await Promise.all([a.close(), b.close()]);
