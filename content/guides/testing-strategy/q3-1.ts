import assert from 'node:assert/strict';
import { mock } from 'node:test';
import { Redis } from 'ioredis';

interface Profile {
  id: number;
  name: string;
}
// The slice of the Redis API the service depends on: real Redis and both fakes implement it.
interface Cache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>;
  del(key: string): Promise<unknown>;
}
interface Codec {
  stringify(value: Profile): string;
  parse(text: string): Profile;
}
interface ProfileDb {
  findProfile(id: number): Promise<Profile>;
}

// Code under test: cache-aside lookup; every dependency is injected.
function createProfileService({ cache, db, codec = JSON }: { cache: Cache; db: ProfileDb; codec?: Codec }) {
  return {
    async getProfile(id: number): Promise<Profile> {
      const hit = await cache.get(`q3-1:profile:${id}`);
      if (hit !== null) return codec.parse(hit);
      const profile = await db.findProfile(id);
      await cache.set(`q3-1:profile:${id}`, codec.stringify(profile), 'EX', 60);
      return profile;
    },
  };
}

// Fake #1: a Map that keeps whatever it is given. Easy to write, but not Redis.
class MapCache implements Cache {
  #data = new Map<string, string>();
  async get(key: string): Promise<string | null> { return this.#data.get(key) ?? null; }
  async set(key: string, value: string): Promise<void> { this.#data.set(key, value); }
  async del(key: string): Promise<void> { this.#data.delete(key); }
}
// Fake #2: honours Redis's contract that values come back as strings.
class StringCache extends MapCache {
  override async set(key: string, value: string): Promise<void> { await super.set(key, String(value)); }
}

async function check(label: string, cache: Cache, codec: Codec): Promise<void> {
  await cache.del('q3-1:profile:7');
  // Stub + spy: canned answer, and it records its calls.
  const db = { findProfile: mock.fn(async (id: number): Promise<Profile> => ({ id, name: 'Ada' })) };
  const service = createProfileService({ cache, db, codec });
  const first = await service.getProfile(7);
  const second = await service.getProfile(7); // should come from the cache
  try {
    assert.deepEqual(second, first);
    assert.equal(db.findProfile.mock.callCount(), 1);
    console.log(`${label}: pass`);
  } catch {
    console.log(`${label}: FAIL, second read returned ${JSON.stringify(second)}`);
  }
}

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

const forgotToSerialize: Codec = {
  // @ts-expect-error Type 'Profile' is not assignable to type 'string': in TS the type checker catches this bug too.
  stringify: (value: Profile) => value,
  // @ts-expect-error Type 'string' is not assignable to type 'Profile'.
  parse: (text: string) => text,
};

for (const [codecName, codec] of [['JSON codec', JSON], ['forgot to serialize', forgotToSerialize]] as Array<[string, Codec]>) {
  await check(`Map fake,    ${codecName}`, new MapCache(), codec);
  await check(`String fake, ${codecName}`, new StringCache(), codec);
  await check(`real Redis,  ${codecName}`, redis, codec);
}
await redis.del('q3-1:profile:7');
await redis.quit();
