// A model of write skew: each transaction checks a rule against its snapshot, then writes.
type Level = 'repeatable read' | 'serializable';
interface Tx { id: string; snapshot: Map<string, boolean>; reads: Set<string>; writes: Map<string, boolean>; startedAt: number }
interface Committed { id: string; reads: Set<string>; writes: Set<string>; startedAt: number; committedAt: number }

class SerializationFailure extends Error {
  code = '40001';
}

class DbModel {
  onCall = new Map<string, boolean>([['alice', true], ['bob', true]]);
  #clock = 0;
  #log: Committed[] = [];
  level: Level;
  constructor(level: Level) {
    this.level = level;
  }

  begin(id: string): Tx {
    return { id, snapshot: new Map(this.onCall), reads: new Set(), writes: new Map(), startedAt: ++this.#clock };
  }

  doctorsOnCall(tx: Tx): number {
    for (const name of tx.snapshot.keys()) tx.reads.add(name);
    return [...tx.snapshot.values()].filter(Boolean).length;
  }

  setOnCall(tx: Tx, name: string, value: boolean): void {
    tx.writes.set(name, value);
  }

  // Simplified SSI check: a concurrent committed tx wrote what we read AND read what we write.
  commit(tx: Tx): void {
    if (this.level === 'serializable') {
      for (const other of this.#log) {
        const concurrent = other.committedAt > tx.startedAt;
        const weReadTheirWrite = [...other.writes].some((k) => tx.reads.has(k));
        const theyReadOurWrite = [...tx.writes.keys()].some((k) => other.reads.has(k));
        if (concurrent && weReadTheirWrite && theyReadOurWrite) {
          throw new SerializationFailure(`could not serialize access due to read/write dependencies among transactions (${tx.id})`);
        }
      }
    }
    for (const [k, v] of tx.writes) this.onCall.set(k, v);
    this.#log.push({ id: tx.id, reads: tx.reads, writes: new Set(tx.writes.keys()), startedAt: tx.startedAt, committedAt: ++this.#clock });
  }
}

// "Go off call if at least one other doctor stays on call."
function requestLeave(db: DbModel, tx: Tx, name: string): string {
  if (db.doctorsOnCall(tx) < 2) return `${name}: refused, would leave nobody on call`;
  db.setOnCall(tx, name, false);
  return `${name}: off call`;
}

for (const level of ['repeatable read', 'serializable'] as const) {
  const db = new DbModel(level);
  console.log(`--- ${level}`);
  // Both transactions start before either commits: the classic interleaving.
  const t1 = db.begin('alice');
  const t2 = db.begin('bob');
  console.log(requestLeave(db, t1, 'alice'));
  console.log(requestLeave(db, t2, 'bob'));
  db.commit(t1);
  try {
    db.commit(t2);
  } catch (err) {
    if (!(err instanceof SerializationFailure)) throw err;
    console.log(`SQLSTATE ${err.code}: ${err.message}; retrying`);
    const retry = db.begin('bob'); // the retry takes a new snapshot and sees alice's commit
    console.log(requestLeave(db, retry, 'bob'));
    db.commit(retry);
  }
  console.log('doctors on call:', [...db.onCall.values()].filter(Boolean).length);
}
