// A model of row locks and PostgreSQL's deadlock check over the wait-for graph.
class LockManagerModel {
  #holders = new Map<string, string>(); // row -> transaction holding it
  #waiting = new Map<string, string>(); // waiting transaction -> row it waits for
  log: string[] = [];

  isWaiting(tx: string): boolean {
    return this.#waiting.has(tx);
  }

  lock(tx: string, row: string): 'granted' | 'waiting' | 'aborted' {
    const holder = this.#holders.get(row);
    if (holder === undefined || holder === tx) {
      this.#holders.set(row, tx);
      this.log.push(`${tx} locks ${row}`);
      return 'granted';
    }
    this.#waiting.set(tx, row);
    this.log.push(`${tx} waits for ${row} (held by ${holder})`);
    // Model shortcut: checks at once. PostgreSQL checks after deadlock_timeout (1 s), in the first waiter.
    const cycle = this.#findCycle(tx);
    if (cycle) {
      this.log.push(`deadlock detected: ${cycle.join(' waits for ')}; aborting ${tx} (SQLSTATE 40P01)`);
      this.release(tx);
      return 'aborted';
    }
    return 'waiting';
  }

  // Follow "waits for the holder of" edges; coming back to the start is a deadlock.
  #findCycle(start: string): string[] | undefined {
    const path = [start];
    for (let tx: string | undefined = start; ; ) {
      const row: string | undefined = this.#waiting.get(tx);
      tx = row === undefined ? undefined : this.#holders.get(row);
      if (tx === undefined || path.length > this.#waiting.size + 1) return undefined;
      path.push(tx);
      if (tx === start) return path;
    }
  }

  // Commit or rollback: release every lock and hand each row to the first waiter.
  release(tx: string): void {
    this.#waiting.delete(tx);
    for (const [row, holder] of [...this.#holders]) {
      if (holder !== tx) continue;
      this.#holders.delete(row);
      const waiter = [...this.#waiting].find(([, r]) => r === row)?.[0];
      if (waiter !== undefined) {
        this.#waiting.delete(waiter);
        this.#holders.set(row, waiter);
        this.log.push(`${waiter} wakes up and locks ${row}`);
      }
    }
  }
}

// Each transaction locks its rows one statement at a time, then commits; a waiting one pauses.
function run(label: string, plans: Record<string, string[]>): void {
  const locks = new LockManagerModel();
  const next = new Map(Object.keys(plans).map((tx) => [tx, 0]));
  const done = new Set<string>();
  while (done.size < next.size) {
    for (const [tx, step] of next) {
      if (done.has(tx) || locks.isWaiting(tx)) continue;
      const row = plans[tx]![step];
      if (row === undefined) {
        locks.log.push(`${tx} commits`);
        locks.release(tx);
        done.add(tx);
        continue;
      }
      next.set(tx, step + 1);
      // The application would retry an aborted transaction from the start.
      if (locks.lock(tx, row) === 'aborted') done.add(tx);
    }
  }
  console.log(`--- ${label}`);
  for (const line of locks.log) console.log(' ', line);
}

// T1 transfers 1 -> 2, T2 transfers 2 -> 1, each locking "from" first.
run('lock in argument order', { T1: ['account:1', 'account:2'], T2: ['account:2', 'account:1'] });
// Fix: every transaction locks rows in one global order (sorted ids).
run('lock in sorted order', { T1: ['account:1', 'account:2'], T2: ['account:1', 'account:2'] });
