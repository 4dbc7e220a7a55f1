import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';

interface Task {
  n: number;
  input: ArrayBuffer;
  progress: SharedArrayBuffer;
}
interface TaskResult {
  n: number;
  primes: number;
  checksum: number;
}
interface Callbacks {
  resolve: (result: TaskResult) => void;
  reject: (err: Error) => void;
}

function countPrimes(n: number): number { // CPU-bound: would block the event loop for the whole call
  let count = 0;
  for (let i = 2; i < n; i++) {
    let prime = true;
    for (let d = 2; d * d <= i; d++) if (i % d === 0) { prime = false; break; }
    if (prime) count++;
  }
  return count;
}

if (!isMainThread) {
  parentPort!.on('message', ({ id, n, input, progress }: Task & { id: number }) => {
    const checksum = new Uint8Array(input).reduce((a, b) => a + b, 0); // transferred: no copy was made
    Atomics.add(new Int32Array(progress), 0, 1); // shared memory: visible to every thread at once
    parentPort!.postMessage({ id, result: { n, primes: countPrimes(n), checksum } satisfies TaskResult });
  });
} else {
  class WorkerPool {
    #idle: Worker[] = [];
    #queue: { message: Task & { id: number }; transferList: TransferListItem[] }[] = [];
    #callbacks = new Map<number, Callbacks>();
    #nextId = 0;
    constructor(size: number) {
      for (let i = 0; i < size; i++) {
        const worker = new Worker(new URL(import.meta.url)); // this same file, worker branch
        worker.on('message', ({ id, result }: { id: number; result: TaskResult }) => {
          this.#callbacks.get(id)!.resolve(result);
          this.#callbacks.delete(id);
          this.#idle.push(worker);
          this.#dispatch();
        });
        worker.on('error', (err: Error) => { // crude: fail all pending tasks (a real pool retries and respawns)
          for (const { reject } of this.#callbacks.values()) reject(err);
        });
        this.#idle.push(worker);
      }
    }
    run(message: Task, transferList: TransferListItem[] = []): Promise<TaskResult> {
      return new Promise((resolve, reject) => {
        const id = this.#nextId++;
        this.#callbacks.set(id, { resolve, reject });
        this.#queue.push({ message: { ...message, id }, transferList });
        this.#dispatch();
      });
    }
    #dispatch(): void {
      while (this.#idle.length > 0 && this.#queue.length > 0) {
        const { message, transferList } = this.#queue.shift()!;
        this.#idle.pop()!.postMessage(message, transferList);
      }
    }
    close = (): Promise<number[]> => Promise.all(this.#idle.map((worker) => worker.terminate()));
  }

  const pool = new WorkerPool(2); // fixed size, at most the number of cores you can spare
  const progress = new SharedArrayBuffer(4);
  const inputs: ArrayBuffer[] = [];
  const jobs = [200_000, 100_000, 50_000, 300_000].map((n) => {
    const input = new Uint8Array(1024).fill(1).buffer; // e.g. an uploaded file's bytes
    inputs.push(input);
    return pool.run({ n, input, progress }, [input]); // move `input`, share `progress`
  });
  for (const r of await Promise.all(jobs)) console.log(`n=${r.n}: ${r.primes} primes, checksum ${r.checksum}`);
  console.log('main-thread byteLength of transferred inputs:', inputs.map((b) => b.byteLength));
  console.log('tasks counted through SharedArrayBuffer:', Atomics.load(new Int32Array(progress), 0));
  await pool.close();
}
