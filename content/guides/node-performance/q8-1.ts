import { LRUCache } from 'lru-cache';
import { setTimeout as sleep } from 'node:timers/promises';

// The expensive call we want to avoid repeating (a slow upstream API or a heavy query).
let upstreamCalls = 0;
async function fetchExchangeRate(currency: string): Promise<number> {
  upstreamCalls++;
  await sleep(20);
  const rates: Record<string, number> = { EUR: 1.08, GBP: 1.27 };
  if (!Object.hasOwn(rates, currency)) throw new Error(`no rate for ${currency}`);
  return rates[currency]!;
}

// Naive memoisation: a Map of promises. No bound, no expiry, and it caches failures.
const memo = new Map<string, Promise<number>>();
const naiveRate = (currency: string): Promise<number> => {
  if (!memo.has(currency)) memo.set(currency, fetchExchangeRate(currency));
  return memo.get(currency)!;
};

// Bounded, expiring cache with de-duplicated loads; a rejected load is not kept.
let now = 1_000_000; // a fake clock (ms) so the expiry below is deterministic
const rates = new LRUCache<string, number>({
  max: 1_000, // bound the memory: least recently used entries go first
  ttl: 60_000, // bound the staleness: a rate is reused for at most a minute
  ttlResolution: 0,
  perf: { now: () => now },
  fetchMethod: (currency) => fetchExchangeRate(currency),
});

async function report(label: string, fn: () => Promise<number | undefined>): Promise<void> {
  upstreamCalls = 0;
  const outcome = await fn().then((v) => `ok ${v}`, (err: Error) => `error "${err.message}"`);
  console.log(`${label.padEnd(44)} ${outcome.padEnd(26)} upstream calls: ${upstreamCalls}`);
}

const fifty = <T>(fn: () => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: 50 }, fn));

await report('naive: 50 concurrent EUR lookups', () => fifty(() => naiveRate('EUR')).then((r) => r[0]));
await report('naive: XXX once', () => naiveRate('XXX'));
await report('naive: XXX again (cached rejection)', () => naiveRate('XXX'));

await report('LRU: 50 concurrent EUR lookups', () => fifty(() => rates.fetch('EUR')).then((r) => r[0]));
await report('LRU: XXX once', () => rates.fetch('XXX'));
await report('LRU: XXX again (retried)', () => rates.fetch('XXX'));
await report('LRU: EUR 30 s later (hit)', () => ((now += 30_000), rates.fetch('EUR')));
await report('LRU: EUR 61 s after load (expired, reloaded)', () => ((now += 31_000), rates.fetch('EUR')));
console.log('entries: naive', memo.size, '| LRU', rates.size);
