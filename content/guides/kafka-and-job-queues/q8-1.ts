import { Queue, QueueEvents, Worker, type Job } from 'bullmq';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// One prefix per example keeps its keys apart from anything else in this Redis.
const options = { connection: { url }, prefix: 'kq8' };

interface EmailJob {
  to: string;
  template: string;
}

const queue = new Queue<EmailJob>('emails', options);
const events = new QueueEvents('emails', options);
await events.waitUntilReady(); // subscribe before adding, so no completion event is missed

// The reminder is added first but delayed: it waits in the "delayed" set until its time comes.
const reminder = await queue.add('reminder', { to: 'ana@example.com', template: 'cart-reminder' }, { delay: 300 });
const welcome = await queue.add('welcome', { to: 'ben@example.com', template: 'welcome' });
const receipt = await queue.add('receipt', { to: 'cy@example.com', template: 'receipt' });
console.log('states after add:', await reminder.getState(), await welcome.getState(), await receipt.getState());

const processed: string[] = [];
const worker = new Worker<EmailJob, string>(
  'emails',
  async (job: Job<EmailJob>) => {
    processed.push(job.name);
    return `sent ${job.data.template} to ${job.data.to}`;
  },
  { ...options, concurrency: 1 },
);

// Wait for each job's completion event instead of sleeping: deterministic however slow the machine is.
for (const job of [welcome, receipt, reminder]) console.log(job.name.padEnd(8), '->', await job.waitUntilFinished(events));
console.log('processing order:', processed.join(', '));
console.log('counts:', JSON.stringify(await queue.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed')));

await worker.close();
await events.close();
await queue.obliterate({ force: true });
await queue.close();
