import { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';

type Entry = [id: string, fields: string[]];

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const STREAM = 'q3-1:orders', DLQ = 'q3-1:orders:dead', GROUP = 'billing';
const MIN_IDLE_MS = 50; // production: well above your p99 handling time, e.g. 60_000
const MAX_DELIVERIES = 3;
const invoiced = new Map<string, number>(); // stand-in for the real side effect (e.g. an invoices table)

// Idempotent consumer: dedupe on the EVENT id. In production, record it in the same
// database transaction as the side effect (a processed_events table with a primary key).
async function handle(consumer: string, id: string, fields: string[], deliveries: number, { crashBeforeAck = false } = {}): Promise<void> {
  const event = Object.fromEntries(fields.flatMap((v, i) => (i % 2 ? [] : [[v, fields[i + 1]]]))) as { eventId: string; orderId: string }; // the fields xadd wrote
  if (deliveries > MAX_DELIVERIES) { // poison message: park it instead of retrying forever
    await redis.multi().xadd(DLQ, '*', ...fields).xack(STREAM, GROUP, id).exec();
    return console.log(`${consumer}: ${event.eventId} -> dead-letter stream after ${MAX_DELIVERIES} failed deliveries`);
  }
  if (event.orderId === 'o-bad') return console.log(`${consumer}: ${event.eventId} failed (delivery ${deliveries}), not acked`);
  const first = await redis.set(`q3-1:done:${event.eventId}`, '1', 'EX', 86_400, 'NX');
  if (first) invoiced.set(event.orderId, (invoiced.get(event.orderId) ?? 0) + 1);
  if (crashBeforeAck) return console.log(`${consumer}: ${event.eventId} processed, then CRASHED before XACK`);
  await redis.xack(STREAM, GROUP, id);
  console.log(`${consumer}: ${event.eventId} ${first ? 'processed' : 'duplicate, skipped'} (delivery ${deliveries}), acked`);
}

await redis.xgroup('CREATE', STREAM, GROUP, '$', 'MKSTREAM');
for (const [eventId, orderId] of [['evt-1', 'o-1'], ['evt-2', 'o-2'], ['evt-3', 'o-3'], ['evt-4', 'o-bad']] as const) {
  await redis.xadd(STREAM, 'MAXLEN', '~', 100_000, '*', 'eventId', eventId, 'orderId', orderId);
}

// Consumer A takes all new entries (">"), handles one, then dies halfway through the second.
// One stream read, and it has the four entries just added.
const [[, entries]] = await (redis.xreadgroup('GROUP', GROUP, 'A', 'COUNT', 10, 'STREAMS', STREAM, '>') as Promise<[[string, Entry[]]]>);
await handle('A', ...entries[0]!, 1);
await handle('A', ...entries[1]!, 1, { crashBeforeAck: true });
const [count, , , perConsumer] = await (redis.xpending(STREAM, GROUP) as Promise<[number, string, string, [string, string][]]>);
console.log('pending after the crash:', count, JSON.stringify(perConsumer));

// Consumer B periodically claims entries idle for too long: their owner is presumed dead.
for (let round = 1; round <= 3; round++) {
  await sleep(MIN_IDLE_MS + 10);
  const [, claimed] = await (redis.xautoclaim(STREAM, GROUP, 'B', MIN_IDLE_MS, '0-0', 'COUNT', 10) as Promise<[string, Entry[], string[]]>);
  const details = await (redis.xpending(STREAM, GROUP, '-', '+', 10) as Promise<[string, string, number, number][]>); // [id, owner, idle ms, deliveries]
  const deliveries = new Map(details.map(([id, , , n]) => [id, n]));
  for (const [id, fields] of claimed) await handle('B', id, fields, deliveries.get(id)!); // every claimed entry is pending
}

console.log('pending at the end:', (await redis.xpending(STREAM, GROUP))[0], '| dead letters:', await redis.xlen(DLQ));
console.log('invoices per order:', JSON.stringify(Object.fromEntries([...invoiced].sort())));
await redis.del(STREAM, DLQ, ...['evt-1', 'evt-2', 'evt-3'].map((e) => `q3-1:done:${e}`));
await redis.quit();
