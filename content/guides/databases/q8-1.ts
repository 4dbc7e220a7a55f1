import { setTimeout as sleep } from 'node:timers/promises';

interface Connection {
  release: () => void;
}
interface PoolOptions {
  max: number;
  maxWaiting: number;
}

// A minimal pool: at most `max` connections busy, a bounded wait queue, fail fast beyond it.
class Pool {
  #busy = 0;
  #waiters: (() => void)[] = [];
  readonly max: number;
  readonly maxWaiting: number;
  peakBusy: number;
  constructor({ max, maxWaiting }: PoolOptions) {
    this.max = max;
    this.maxWaiting = maxWaiting;
    this.peakBusy = 0;
  }
  async acquire(): Promise<Connection> {
    if (this.#busy < this.max) return this.#take();
    if (this.#waiters.length >= this.maxWaiting) throw new Error('pool exhausted: shed load (503) instead of queueing forever');
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
    return this.#take();
  }
  #take(): Connection {
    this.peakBusy = Math.max(this.peakBusy, ++this.#busy);
    return { release: () => { this.#busy--; this.#waiters.shift()?.(); } };
  }
  async query(ms: number): Promise<void> {
    const conn = await this.acquire();
    try {
      await sleep(ms); // stands in for a 20 ms query on a real connection
    } finally {
      conn.release(); // always release, even when the query throws
    }
  }
}

const pool = new Pool({ max: 4, maxWaiting: 8 });
const results = await Promise.allSettled(Array.from({ length: 16 }, () => pool.query(20)));
const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
console.log('requests:', results.length, '| served:', results.length - rejected.length, '| shed:', rejected.length);
console.log('peak connections in use:', pool.peakBusy);
console.log('first error:', rejected[0]?.reason.message);

// Sizing: every instance has its own pool, and the database has one connection limit.
const instances = 12;
const perInstance = 10;
const maxConnections = 100; // PostgreSQL's default max_connections
console.log(`${instances} instances x ${perInstance} = ${instances * perInstance} connections vs max_connections ${maxConnections}:`,
  instances * perInstance <= maxConnections - 3 /* superuser_reserved_connections */ ? 'fits' : 'too many: shrink pools or add PgBouncer');
