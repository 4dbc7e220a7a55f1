import { Queue, QueueEvents, Worker, type Job } from 'bullmq';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const options = { connection: { url }, prefix: 'kq11' };
const CONCURRENCY = 3;

const queue = new Queue<{ n: number }>('thumbnails', options);
const events = new QueueEvents('thumbnails', options);
await events.waitUntilReady();
const jobs = await queue.addBulk(Array.from({ length: 9 }, (_, n) => ({ name: `img-${n}`, data: { n } })));

// Instrumentation: count jobs in flight. Each job waits until a full group of CONCURRENCY is running,
// which proves the worker runs that many at once, and never more, without timing anything.
let inFlight = 0;
let maxInFlight = 0;
let releaseGroup: () => void = () => {};
let groupDone = new Promise<void>((resolve) => (releaseGroup = resolve));

const worker = new Worker<{ n: number }>(
  'thumbnails',
  async (job: Job<{ n: number }>) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const myGroup = groupDone;
    if (inFlight === CONCURRENCY) {
      releaseGroup();
      groupDone = new Promise<void>((resolve) => (releaseGroup = resolve));
    }
    await myGroup; // stands in for awaiting I/O (an upload, an HTTP call)
    inFlight--;
    return job.data.n;
  },
  { ...options, concurrency: CONCURRENCY, autorun: false }, // start only after all 9 jobs are queued
);
void worker.run();

const results = await Promise.all(jobs.map((job) => job.waitUntilFinished(events)));
console.log('results:', results.join(','));
console.log(`concurrency ${CONCURRENCY}: max jobs in flight = ${maxInFlight}`);

await worker.close();
await events.close();
await queue.obliterate({ force: true });
await queue.close();
