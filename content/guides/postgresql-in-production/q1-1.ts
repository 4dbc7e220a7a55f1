// A model of PostgreSQL's MVCC heap: every UPDATE writes a new row version.
interface RowVersion { ctid: number; id: number; balance: number; xmin: number; xmax: number | null }
interface Snapshot { xid: number; xmax: number; inProgress: Set<number> }

class HeapModel {
  versions: RowVersion[] = [];
  #nextXid = 100;
  #committed = new Set<number>();
  #running = new Set<number>();

  begin(): Snapshot {
    const xid = this.#nextXid++;
    // The snapshot records which transactions were still running when it was taken.
    const snapshot = { xid, xmax: this.#nextXid, inProgress: new Set(this.#running) };
    this.#running.add(xid);
    return snapshot;
  }

  commit(tx: Snapshot): void {
    this.#running.delete(tx.xid);
    this.#committed.add(tx.xid);
  }

  // A change is visible if it is ours, or committed before our snapshot was taken.
  #sees(tx: Snapshot, xid: number): boolean {
    return xid === tx.xid || (this.#committed.has(xid) && xid < tx.xmax && !tx.inProgress.has(xid));
  }

  visible(tx: Snapshot, v: RowVersion): boolean {
    return this.#sees(tx, v.xmin) && (v.xmax === null || !this.#sees(tx, v.xmax));
  }

  insert(tx: Snapshot, id: number, balance: number): void {
    this.versions.push({ ctid: this.versions.length, id, balance, xmin: tx.xid, xmax: null });
  }

  read(tx: Snapshot, id: number): number | undefined {
    return this.versions.find((v) => v.id === id && this.visible(tx, v))?.balance;
  }

  // UPDATE = mark the visible version deleted (xmax) and append a new version (xmin).
  update(tx: Snapshot, id: number, balance: number): void {
    const current = this.versions.find((v) => v.id === id && this.visible(tx, v));
    if (!current) return;
    current.xmax = tx.xid;
    this.versions.push({ ctid: this.versions.length, id, balance, xmin: tx.xid, xmax: null });
  }

  // VACUUM may remove a version only if its deleter committed before every running snapshot began.
  vacuum(oldestRunningXid: number): number {
    const before = this.versions.length;
    this.versions = this.versions.filter((v) => v.xmax === null || !this.#committed.has(v.xmax) || v.xmax >= oldestRunningXid);
    return before - this.versions.length;
  }
}

const heap = new HeapModel();
const setup = heap.begin();
heap.insert(setup, 1, 500);
heap.commit(setup);

const reporting = heap.begin(); // a long report starts (REPEATABLE READ keeps one snapshot)
const payment = heap.begin();
heap.update(payment, 1, 450);
heap.commit(payment);

console.log('report still sees:', heap.read(reporting, 1));
const fresh = heap.begin();
console.log('new transaction sees:', heap.read(fresh, 1));
heap.commit(fresh);
console.log('heap versions (ctid id balance xmin xmax):');
for (const v of heap.versions) console.log(' ', v.ctid, v.id, v.balance, v.xmin, v.xmax ?? '-');

// While the report runs, the old version is still needed: VACUUM must keep it.
console.log('vacuum while report runs removes:', heap.vacuum(reporting.xid));
heap.commit(reporting);
console.log('vacuum after report ends removes:', heap.vacuum(Number.MAX_SAFE_INTEGER));
console.log('versions left:', heap.versions.length);
