// A model of PgBouncer in transaction mode: a server connection is lent for one transaction.
interface ServerConnection { name: string; settings: Map<string, string> }

class TransactionPoolModel {
  #idle: ServerConnection[];
  #queue: ((c: ServerConnection) => void)[] = [];
  maxQueued = 0;
  get queued(): number {
    return this.#queue.length;
  }
  constructor(size: number) {
    this.#idle = Array.from({ length: size }, (_, i) => ({ name: `server-${i + 1}`, settings: new Map() }));
  }

  // Clients beyond the pool size wait in a FIFO queue (PgBouncer's cl_waiting).
  acquire(): Promise<ServerConnection> {
    const conn = this.#idle.shift();
    if (conn) return Promise.resolve(conn);
    return new Promise((resolve) => {
      this.#queue.push(resolve);
      this.maxQueued = Math.max(this.maxQueued, this.#queue.length);
    });
  }

  release(conn: ServerConnection): void {
    const next = this.#queue.shift();
    if (next) next(conn);
    else this.#idle.push(conn);
  }

  async transaction(client: string, statements: string[], busy: Promise<void>): Promise<void> {
    const conn = await this.acquire();
    const local = new Map<string, string>();
    for (const sql of statements) {
      const set = /^SET (LOCAL )?(\w+) = '(.*)'$/.exec(sql);
      if (set) (set[1] ? local : conn.settings).set(set[2]!, set[3]!);
      if (sql === 'SHOW statement_timeout') {
        const value = local.get('statement_timeout') ?? conn.settings.get('statement_timeout') ?? '0 (default)';
        console.log(`${client} on ${conn.name}: statement_timeout = ${value}`);
      }
    }
    await busy; // the transaction keeps its server connection until its work is done
    // SET LOCAL ends with the transaction; a plain SET stays on the server connection.
    this.release(conn);
  }
}

const pool = new TransactionPoolModel(2);
const work = Promise.withResolvers<void>(); // stands in for query time, released when all have arrived

// Five clients, two server connections: three clients queue.
const clients = [
  pool.transaction('client-A', ["SET statement_timeout = '50ms'", 'SELECT 1'], work.promise),
  pool.transaction('client-B', ["SET LOCAL statement_timeout = '5s'", 'SHOW statement_timeout'], work.promise),
  pool.transaction('client-C', ['SHOW statement_timeout'], work.promise),
  pool.transaction('client-D', ['SHOW statement_timeout'], work.promise),
  pool.transaction('client-E', ['SHOW statement_timeout'], work.promise),
];
console.log('queued while A and B run:', pool.queued);
work.resolve();
await Promise.all(clients);
console.log('most clients queued at once:', pool.maxQueued);
