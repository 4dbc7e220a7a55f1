import { LRUCache } from 'lru-cache';

interface Report {
  userId: string;
  rows: string[];
}
type PriceListener = (price: number) => number;

// A tiny pub/sub that request handlers subscribe to (prices, feature flags, config...).
const priceListeners = new Set<PriceListener>();
const onPriceChange = (fn: PriceListener): (() => boolean) => {
  priceListeners.add(fn);
  return () => priceListeners.delete(fn); // the unsubscribe function people forget to call
};
const liveTimers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

// Leaky handler: three classic leaks in six lines.
const userCache = new Map<string, Report>(); // 1) unbounded cache keyed by user
const leakedTimers: NodeJS.Timeout[] = [];
function handleLeaky(userId: string): void {
  const report: Report = { userId, rows: new Array<string>(1000).fill(userId) }; // ~8 KB per request
  userCache.set(userId, report);
  onPriceChange(() => report.rows.length); // 2) listener whose closure pins `report`
  leakedTimers.push(setInterval(() => report.rows.length, 60_000)); // 3) interval never cleared
}

// Fixed handler: bounded cache, listener and timer tied to the request's lifetime.
const boundedCache = new LRUCache<string, Report>({ max: 100 });
function handleFixed(userId: string): void {
  const report: Report = { userId, rows: new Array<string>(1000).fill(userId) };
  boundedCache.set(userId, report);
  const unsubscribe = onPriceChange(() => report.rows.length);
  const heartbeat = setInterval(() => report.rows.length, 60_000);
  // ...respond...; then, on 'close' of the response in a real server:
  unsubscribe();
  clearInterval(heartbeat);
}

// Count what is retained after each batch of requests: growth that never levels off is the leak.
type Scenario = [label: string, handler: (userId: string) => void, cache: { size: number }];
for (const [label, handler, cache] of [['fixed', handleFixed, boundedCache], ['leaky', handleLeaky, userCache]] as Scenario[]) {
  for (let batch = 1; batch <= 3; batch++) {
    for (let i = 0; i < 1000; i++) handler(`user-${batch}-${i}`);
    const [size, listeners, timers] = [cache.size, priceListeners.size, liveTimers()].map((n) => String(n).padStart(4));
    console.log(`${label} after ${batch * 1000} requests: cache=${size} listeners=${listeners} timers=${timers}`);
  }
}

// Heap snapshots tell the same story in bytes: compare two, sort by "# Delta",
// and follow the Retainers of the new objects back to `userCache`, `priceListeners`, timers.
for (const timer of leakedTimers) clearInterval(timer);
