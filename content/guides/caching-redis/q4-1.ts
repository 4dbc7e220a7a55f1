import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const TTL = 600;

// 1) Versioned keys: the version is part of the key, so bumping it orphans every old entry at once.
async function catalogKey(tenant: string, page: number): Promise<string> {
  const version = (await redis.get(`q4-1:ver:${tenant}`)) ?? '0';
  return `q4-1:catalog:${tenant}:v${version}:page:${page}`;
}
const bumpCatalog = (tenant: string): Promise<number> => redis.incr(`q4-1:ver:${tenant}`); // old keys age out via TTL

// 2) Tags: remember which keys depend on which entity, delete them all when it changes.
async function setTagged(key: string, value: string, tags: string[]): Promise<void> {
  const tx = redis.multi().set(key, value, 'EX', TTL);
  // Same TTL for the tag set: refreshed on every write, it outlives the keys it lists.
  for (const tag of tags) tx.sadd(`q4-1:tag:${tag}`, key).expire(`q4-1:tag:${tag}`, TTL);
  await tx.exec();
}
async function invalidateTag(tag: string): Promise<number> {
  const tagKey = `q4-1:tag:${tag}`;
  const keys = await redis.smembers(tagKey);
  // UNLINK frees memory in a background thread; fine for many keys.
  return redis.unlink(tagKey, ...keys);
}

const k1 = await catalogKey('acme', 1);
await redis.set(k1, '["mug","cup"]', 'EX', TTL);
console.log('before bump:', k1, '->', await redis.get(k1));
await bumpCatalog('acme');
const k2 = await catalogKey('acme', 1);
console.log('after bump: ', k2, '->', await redis.get(k2), '(miss: rebuild from the DB)');

await setTagged('q4-1:page:/products/7', '<html>mug</html>', ['product:7']);
await setTagged('q4-1:page:/collections/kitchen', '<html>mug, cup</html>', ['product:7', 'product:8']);
await setTagged('q4-1:page:/products/8', '<html>cup</html>', ['product:8']);
console.log('product:7 tagged keys:', (await redis.smembers('q4-1:tag:product:7')).sort());
console.log('unlinked:', await invalidateTag('product:7'));
for (const page of ['/products/7', '/collections/kitchen', '/products/8']) {
  console.log(page.padEnd(21), (await redis.exists(`q4-1:page:${page}`)) ? 'cached' : 'gone');
}

await redis.unlink('q4-1:ver:acme', k1, k2, 'q4-1:tag:product:8', 'q4-1:page:/products/8');
await redis.quit();
