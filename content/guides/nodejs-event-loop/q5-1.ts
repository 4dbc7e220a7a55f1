import { pbkdf2 } from 'node:crypto';
import { stat } from 'node:fs';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);
const statAsync = promisify(stat);
const poolSize = Number(process.env.UV_THREADPOOL_SIZE ?? 4); // libuv reads it at startup
const events: string[] = [];

// A plain timer does not use the thread pool.
const timer = new Promise<void>((resolve) => setTimeout(() => { events.push('timer'); resolve(); }, 10));

// Fill every pool thread with slow password hashing...
const hashes = Array.from({ length: poolSize }, (_, i) =>
  pbkdf2Async(`password-${i}`, 'salt', 100_000, 64, 'sha512').then(() => events.push('pbkdf2')),
);

// ...then ask for a cheap file stat. It queues behind the hashes.
const fileCheck = statAsync(import.meta.filename).then(() => events.push('fs.stat'));

await Promise.all([timer, ...hashes, fileCheck]);

console.log(`pool threads: ${poolSize}, pbkdf2 jobs: ${hashes.length}`);
console.log(`timer fired before any pbkdf2 finished: ${events[0] === 'timer'}`);
console.log(`fs.stat finished only after a pbkdf2 job freed a thread: ${events.indexOf('fs.stat') > events.indexOf('pbkdf2')}`);
