import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// node:sqlite errors carry SQLite's extended result code (not yet in @types/node).
type SqliteError = Error & { errcode?: number };

// Two connections to one file-backed database in WAL mode: each reader gets a snapshot.
const dir = mkdtempSync(join(tmpdir(), 'q4-1-'));
const file = join(dir, 'oncall.db');
const setup = new DatabaseSync(file);
setup.exec(`
  PRAGMA journal_mode = WAL;
  CREATE TABLE on_call (doctor TEXT PRIMARY KEY, shift TEXT NOT NULL);
  INSERT INTO on_call VALUES ('alice', 'night'), ('bob', 'night');
`);
setup.close();

const a = new DatabaseSync(file, { timeout: 0 });
const b = new DatabaseSync(file, { timeout: 0 });
const count = (db: DatabaseSync): number =>
  (db.prepare("SELECT count(*) AS n FROM on_call WHERE shift = 'night'").get() as { n: number }).n;

a.exec('BEGIN'); // deferred: the snapshot starts at the first read
console.log('A sees on call:', count(a));
b.exec("DELETE FROM on_call WHERE doctor = 'bob'"); // B commits (autocommit) while A is open
console.log('B committed; B sees:', count(b));
console.log('A still sees (same snapshot):', count(a));
try {
  a.exec("DELETE FROM on_call WHERE doctor = 'alice'"); // A decided from a stale snapshot
} catch (err) {
  // errcode 517 = SQLITE_BUSY_SNAPSHOT: the snapshot is stale, restart the transaction
  console.log('A write rejected:', (err as SqliteError).message, `(errcode ${(err as SqliteError).errcode})`);
}
a.exec('ROLLBACK');
const now = count(a); // the retry re-reads and re-decides
console.log('A retries and sees:', now, now >= 2 ? '-> may leave' : '-> must stay on call');

a.close();
b.close();
rmSync(dir, { recursive: true, force: true });
