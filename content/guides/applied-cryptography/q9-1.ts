import { inspect } from 'node:util';

// Wraps a secret so that logging, JSON and inspection never print it.
class Secret {
  #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [inspect.custom](): string {
    return 'Secret([redacted])';
  }
}

// Model of a secret store (Vault, AWS Secrets Manager): versioned values, counted reads.
class SecretStoreModel {
  reads = 0;
  #versions: string[] = [];
  put(value: string): void {
    this.#versions.unshift(value);
  }
  get(name: string): { current: string; previous: string | undefined } {
    this.reads++;
    if (name !== 'db-password' || this.#versions.length === 0) throw new Error(`no secret ${name}`);
    return { current: this.#versions[0]!, previous: this.#versions[1] };
  }
}

// Caches a secret for ttlMs on an injected clock, so tests do not wait for real time.
class CachedSecret {
  #store: SecretStoreModel;
  #name: string;
  #ttlMs: number;
  #now: () => number;
  #cached: { value: { current: Secret; previous: Secret | undefined }; fetchedAt: number } | undefined;
  constructor(store: SecretStoreModel, name: string, ttlMs: number, now: () => number) {
    this.#store = store;
    this.#name = name;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }
  get(): { current: Secret; previous: Secret | undefined } {
    if (!this.#cached || this.#now() - this.#cached.fetchedAt >= this.#ttlMs) {
      const { current, previous } = this.#store.get(this.#name);
      this.#cached = { value: { current: new Secret(current), previous: previous === undefined ? undefined : new Secret(previous) }, fetchedAt: this.#now() };
    }
    return this.#cached.value;
  }
}

let clock = 0;
const store = new SecretStoreModel();
store.put('pw-v1');
const dbPassword = new CachedSecret(store, 'db-password', 300_000, () => clock);

const config = { host: 'db.internal', password: dbPassword.get().current };
console.log('console.log(config):', inspect(config));
console.log('JSON.stringify(config):', JSON.stringify(config));
console.log('template string:', `password=${config.password}`);

for (let i = 0; i < 100; i++) dbPassword.get(); // hot path: served from the cache
console.log('store reads after 101 gets:', store.reads);

// Rotation with overlap: the database accepts both versions until every instance refreshed.
store.put('pw-v2');
console.log('before ttl, instance uses:', dbPassword.get().current.reveal());
clock += 300_000;
const { current, previous } = dbPassword.get();
console.log('after ttl, instance uses:', current.reveal(), '| previous still valid:', previous?.reveal());
console.log('store reads:', store.reads);
