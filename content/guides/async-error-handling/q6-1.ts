// @predict
import { setImmediate as nextTurn } from 'node:timers/promises';

// Runs fn over items with at most `limit` calls in flight; results keep input order.
// Fail-fast: after the first error no new item starts, and the error is rethrown.
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;

  async function worker(): Promise<void> {
    while (!failed && next < items.length) {
      const index = next++; // safe: no await between reading and incrementing
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  }

  const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
  await Promise.all(workers);
  return results;
}

// A fake API call whose latency (in loop turns) varies per item, with instrumentation.
let inFlight = 0;
let peak = 0;
const started: number[] = [];
async function fetchPrice(sku: number): Promise<{ sku: number; price: number }> {
  started.push(sku);
  inFlight++;
  peak = Math.max(peak, inFlight);
  try {
    for (let i = 0; i < (sku % 3) + 1; i++) await nextTurn();
    if (sku === 13) throw new Error(`price service rejected sku ${sku}`);
    return { sku, price: sku * 100 };
  } finally {
    inFlight--;
  }
}

const skus = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const prices = await mapWithLimit(skus, 3, fetchPrice);
console.log('prices in input order:', prices.map((p) => p.sku).join(','));
console.log(`peak concurrency: ${peak} (limit 3), calls: ${started.length}`);

started.length = 0;
peak = 0;
const withBadSku = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
await mapWithLimit(withBadSku, 3, fetchPrice).catch((err: Error) => console.log(`failed fast: ${err.message}`));
console.log(`calls started before stopping: ${started.length} of ${withBadSku.length}`);
