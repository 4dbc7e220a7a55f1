// @predict
import { setImmediate as nextTurn } from 'node:timers/promises';

const settled: string[] = [];

// Settles after `turns` turns of the event loop: a deterministic stand-in for latency.
async function task(name: string, turns: number, { fail = false }: { fail?: boolean } = {}): Promise<string> {
  for (let i = 0; i < turns; i++) await nextTurn();
  settled.push(name);
  if (fail) throw new Error(`${name} failed`);
  return name;
}

// cache answers first, search fails second, db answers last.
const fanOut = (): Promise<string>[] => [task('cache', 1), task('search', 2, { fail: true }), task('db', 3)];

async function show(label: string, promise: Promise<unknown>): Promise<void> {
  try {
    console.log(`${label.padEnd(10)} fulfilled:`, JSON.stringify(await promise));
  } catch (err) {
    const detail = err instanceof AggregateError
      ? `AggregateError [${err.errors.map((e: Error) => e.message).join(', ')}]`
      : (err as Error).message;
    console.log(`${label.padEnd(10)} rejected: `, detail);
  }
}

const inputs = fanOut();
await show('all', Promise.all(inputs));
await Promise.allSettled(inputs); // demo only: wait for the tasks all() gave up on
console.log('           kept running anyway:', settled.join(', ')); // nothing was cancelled
await show('allSettled', Promise.allSettled(fanOut()).then((results) =>
  results.map((r) => (r.status === 'fulfilled' ? r.value : `rejected: ${(r.reason as Error).message}`))));
await show('any', Promise.any(fanOut()));
await show('race', Promise.race(fanOut()));

// race settles with the FIRST settlement, even if that is a failure.
await show('race', Promise.race([task('slow', 3), task('flaky', 1, { fail: true })]));

// any rejects only when every input rejects.
await show('any', Promise.any([task('a', 1, { fail: true }), task('b', 2, { fail: true })]));

// Empty inputs.
await show('all []', Promise.all([]));
await show('any []', Promise.any([]));
