import { Redis } from 'ioredis';
import { once } from 'node:events';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redis = new Redis(url);
const sub = new Redis(url); // subscriptions get their own connection (under RESP2 it can do nothing else)

// Pub/Sub: fire-and-forget fan-out to whoever is connected right now.
console.log('publish with no subscriber -> receivers:', await redis.publish('q8-1:news', 'lost forever'));
await sub.subscribe('q8-1:news');
const received = once(sub, 'message') as Promise<[channel: string, message: string]>;
console.log('publish with one subscriber -> receivers:', await redis.publish('q8-1:news', 'price changed'));
console.log('subscriber got:', (await received)[1]);

// Streams: a persisted log; consumer groups share the work and track acknowledgements.
const s = 'q8-1:orders';
await redis.xgroup('CREATE', s, 'billing', '$', 'MKSTREAM');
for (const id of ['o-1', 'o-2', 'o-3']) await redis.xadd(s, '*', 'orderId', id);

type Entry = [id: string, fields: string[]];
type GroupReply = [stream: string, entries: Entry[]][] | null;
interface Message {
  id: string;
  orderId: string | undefined;
}

const read = async (consumer: string): Promise<Message[]> => {
  const res = await redis.xreadgroup('GROUP', 'billing', consumer, 'COUNT', 2, 'STREAMS', s, '>') as GroupReply;
  return res ? res[0]![1].map(([id, fields]) => ({ id, orderId: fields[1] })) : [];
};
const c1 = await read('worker-1');
console.log('worker-1 got:', c1.map((m) => m.orderId));
await redis.xack(s, 'billing', c1[0]!.id); // o-1 done; worker-1 "crashes" before acking o-2
const c2 = await read('worker-2');
console.log('worker-2 got:', c2.map((m) => m.orderId));
await redis.xack(s, 'billing', ...c2.map((m) => m.id));

const [pendingCount] = await redis.xpending(s, 'billing') as [number, ...unknown[]];
console.log('pending (delivered, not acked):', pendingCount);
// Recovery: claim messages idle for at least N ms (0 here for the demo) from dead consumers.
const [, claimed] = await redis.xautoclaim(s, 'billing', 'worker-2', 0, '0-0', 'COUNT', 10) as [string, Entry[], string[]];
console.log('worker-2 reclaimed:', claimed.map(([, fields]) => fields[1]));
await redis.xack(s, 'billing', ...claimed.map(([id]) => id));
console.log('pending after ack:', ((await redis.xpending(s, 'billing')) as [number, ...unknown[]])[0]);
console.log('stream still holds:', await redis.xlen(s), 'entries (trim with XADD MAXLEN or XTRIM)');

await redis.del(s);
await sub.quit();
await redis.quit();
