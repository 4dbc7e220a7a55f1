import { Redis } from 'ioredis';
import { Queue, QueueEvents, Worker, type Job } from 'bullmq';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const options = { connection: { url }, prefix: 'kq10' };
const redis = new Redis(url);

interface ChargeJob {
  orderId: string;
  amountCents: number;
}

const queue = new Queue<ChargeJob>('charges', options);
const events = new QueueEvents('charges', options);
await events.waitUntilReady();

// 1) Producer-side dedupe: a deterministic jobId (no ':' allowed) makes a second add a no-op.
const first = await queue.add('charge', { orderId: 'o-17', amountCents: 2500 }, { jobId: 'charge-o-17' });
const again = await queue.add('charge', { orderId: 'o-17', amountCents: 2500 }, { jobId: 'charge-o-17' });
console.log('same jobId twice -> job ids:', first.id, again.id, '| jobs in queue:', await queue.count());

// 2) Consumer-side idempotency: the side effect is guarded by a key that outlives the job.
const charges: string[] = []; // stands in for the payment provider
async function chargeOnce(job: Job<ChargeJob>): Promise<string> {
  const marker = `kq10:effect:charge:${job.data.orderId}`;
  // NX: only the first run claims the order; later runs (a retry, a redelivered stalled job, a
  // duplicate enqueued under another id) see the claim and skip the charge.
  const claimed = await redis.set(marker, String(job.id), 'EX', 7 * 24 * 3600, 'NX');
  if (claimed === null) return `skipped: already charged by job ${await redis.get(marker)}`;
  charges.push(`${job.data.orderId}:${job.data.amountCents}`);
  return 'charged';
}

const worker = new Worker<ChargeJob, string>('charges', chargeOnce, { ...options, concurrency: 1 });
console.log('job', first.id, '->', await first.waitUntilFinished(events));

// The same order enqueued again by a retrying upstream that did not reuse the jobId.
const stray = await queue.add('charge', { orderId: 'o-17', amountCents: 2500 });
console.log('stray job ->', await stray.waitUntilFinished(events));
console.log('charges made:', charges.length, charges.join(', '));

await worker.close();
await events.close();
await queue.obliterate({ force: true });
await queue.close();
await redis.del('kq10:effect:charge:o-17');
await redis.quit();
