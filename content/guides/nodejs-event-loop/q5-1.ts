// @predict
import { pbkdf2 } from 'node:crypto';
import { stat } from 'node:fs';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);
const statAsync = promisify(stat);
const poolSize = Number(process.env.UV_THREADPOOL_SIZE ?? 4); // libuv reads it at startup
let hashesDone = 0;

// A plain timer does not use the thread pool: it fires while every thread is still hashing.
let hashesDoneAtTimer = -1;
const timer = new Promise<void>((resolve) => setTimeout(() => { hashesDoneAtTimer = hashesDone; resolve(); }, 0));

// Fill every pool thread with slow password hashing (tens of ms of CPU each)...
const hashes = Array.from({ length: poolSize }, (_, i) =>
  pbkdf2Async(`password-${i}`, 'salt', 100_000, 64, 'sha512').then(() => { hashesDone++; }),
);

// ...then ask for a cheap file stat. It queues behind the hashes until one frees a thread.
let hashesDoneAtStat = -1;
const fileCheck = statAsync(import.meta.filename).then(() => { hashesDoneAtStat = hashesDone; });

await Promise.all([timer, ...hashes, fileCheck]);

console.log(`pool threads: ${poolSize}; queued: ${hashes.length} pbkdf2 jobs, then 1 fs.stat`);
console.log(`pbkdf2 jobs done when the timer fired: ${hashesDoneAtTimer} of ${hashes.length}`);
// How many beyond the first depends on thread scheduling; it is never 0.
console.log(`pbkdf2 jobs done when fs.stat finished: ${hashesDoneAtStat >= 1 ? 'at least 1' : hashesDoneAtStat} of ${hashes.length}`);
