import { Queue, QueueEvents, UnrecoverableError, Worker, type Job } from 'bullmq';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const options = { connection: { url }, prefix: 'kq9' };

interface WebhookJob {
  endpoint: string;
}

const queue = new Queue<WebhookJob>('webhooks', options);
const deadLetters = new Queue<WebhookJob & { failedReason: string; attempts: number }>('webhooks-dead', options);
const events = new QueueEvents('webhooks', options);
await events.waitUntilReady();

// Per-endpoint behaviour of the fake receiver: how many calls fail before one succeeds.
const failuresBeforeSuccess: Record<string, number> = { 'https://a.example/hook': 2, 'https://b.example/hook': Infinity };
const attemptsLog = new Map<string, number[]>();

const worker = new Worker<WebhookJob>(
  'webhooks',
  async (job: Job<WebhookJob>) => {
    const attempt = job.attemptsMade + 1; // attemptsMade counts finished attempts
    attemptsLog.set(job.name, [...(attemptsLog.get(job.name) ?? []), attempt]);
    if (job.data.endpoint.startsWith('ftp:')) throw new UnrecoverableError('unsupported scheme: retrying cannot help');
    if (attempt <= (failuresBeforeSuccess[job.data.endpoint] ?? 0)) throw new Error('receiver returned 503');
    return 'delivered';
  },
  options,
);

// A job that failed for the last time is copied to a dead-letter queue for inspection and replay.
const parked = new Promise<void>((resolve) => {
  let count = 0;
  worker.on('failed', async (job, err) => {
    if (!job) return;
    const final = err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return;
    await deadLetters.add(job.name, { ...job.data, failedReason: err.message, attempts: job.attemptsMade });
    if (++count === 2) resolve();
  });
});

const retry = { attempts: 4, backoff: { type: 'exponential', delay: 100 } };
const flaky = await queue.add('flaky', { endpoint: 'https://a.example/hook' }, retry);
await queue.add('down', { endpoint: 'https://b.example/hook' }, retry);
await queue.add('bad-url', { endpoint: 'ftp://c.example/hook' }, retry);

console.log('flaky ->', await flaky.waitUntilFinished(events));
await parked;
for (const [name, attempts] of [...attemptsLog].sort()) console.log(`${name.padEnd(8)} attempts: ${attempts.join(', ')}`);
// Exponential backoff waits delay * 2^(n-1) after the n-th failure (less a random part, if jitter is set).
console.log('backoff after failures 1..3 (ms):', [1, 2, 3].map((n) => 100 * 2 ** (n - 1)).join(', '));
const dead = await deadLetters.getJobs(['waiting']);
for (const job of dead.sort((a, b) => a.name.localeCompare(b.name))) {
  console.log('dead letter:', job.name, JSON.stringify(job.data));
}

await worker.close();
await events.close();
await Promise.all([queue.obliterate({ force: true }), deadLetters.obliterate({ force: true })]);
await Promise.all([queue.close(), deadLetters.close()]);
