import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

interface Product {
  id: string;
  name: string;
  priceCents: number;
}
type Lookup = { from: 'cache' | 'db'; product: Product | null };

// Stand-in for the database, with a counter so we can see when it is hit.
const db = new Map<string, Product>([['42', { id: '42', name: 'Espresso cup', priceCents: 1200 }]]);
let dbReads = 0;
const key = (id: string): string => `q1-1:product:${id}`;

// Cache-aside read: try Redis, fall back to the DB, store the result with a TTL.
async function getProduct(id: string): Promise<Lookup> {
  const cached = await redis.get(key(id));
  if (cached !== null) return { from: 'cache', product: JSON.parse(cached) as Product | null };
  dbReads++;
  const product = db.get(id) ?? null;
  // Cache misses for unknown ids too (briefly), so a flood of bad ids can't hammer the DB.
  await redis.set(key(id), JSON.stringify(product), 'EX', product ? 300 : 30);
  return { from: 'db', product };
}

// Cache-aside write: change the source of truth first, then delete (not update) the cached copy.
async function updatePrice(id: string, priceCents: number): Promise<void> {
  const current = db.get(id);
  if (!current) throw new Error(`no product ${id}`);
  db.set(id, { ...current, priceCents });
  await redis.del(key(id));
}

const show = ({ from, product }: Lookup): void => console.log(from.padEnd(5), JSON.stringify(product));

show(await getProduct('42')); // miss: loads from the DB
show(await getProduct('42')); // hit
await updatePrice('42', 990);
show(await getProduct('42')); // miss again: the write deleted the key
show(await getProduct('404')); // negative result is cached too
show(await getProduct('404'));
console.log('db reads:', dbReads, '| ttl of product key:', await redis.ttl(key('42')));

await redis.del(key('42'), key('404'));
await redis.quit();
