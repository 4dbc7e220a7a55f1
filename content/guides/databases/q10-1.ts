import { DatabaseSync } from 'node:sqlite';
import type { SQLInputValue } from 'node:sqlite';

interface LogEntry {
  sql: string;
  params: SQLInputValue[];
}
interface Session {
  lastWritePosition?: number;
}

// A primary and one asynchronous replica. Every write gets a log position (like a PostgreSQL LSN);
// the replica applies the log later, so it can lag behind.
const schema = 'CREATE TABLE profiles (user_id INTEGER PRIMARY KEY, bio TEXT NOT NULL)';
const primary = new DatabaseSync(':memory:');
const replica = new DatabaseSync(':memory:');
primary.exec(schema);
replica.exec(schema);
const log: LogEntry[] = [];
let replicaPosition = 0;

function write(sql: string, ...params: SQLInputValue[]): number {
  primary.prepare(sql).run(...params);
  log.push({ sql, params });
  return log.length; // the position of this commit
}
function replicate(upTo = log.length): void {
  for (; replicaPosition < upTo; replicaPosition++) replica.prepare(log[replicaPosition]!.sql).run(...log[replicaPosition]!.params);
}

// Read-your-writes: remember the position of the session's last write (in the session or a cookie)
// and use the replica only if it has applied at least that much.
function readBio(session: Session, userId: number): string {
  const useReplica = replicaPosition >= (session.lastWritePosition ?? 0);
  const db = useReplica ? replica : primary;
  const row = db.prepare('SELECT bio FROM profiles WHERE user_id = ?').get(userId);
  return `${useReplica ? 'replica' : 'primary'} -> ${row?.bio ?? '(no row)'}`;
}

write('INSERT INTO profiles VALUES (?, ?)', 7, 'Hello');
replicate();

const alice: Session = {};
const bob: Session = {};
alice.lastWritePosition = write('UPDATE profiles SET bio = ? WHERE user_id = ?', 'Hello, I moved to Lisbon', 7);
// The replica has not applied the update yet.
console.log('naive read from replica :', `replica -> ${replica.prepare('SELECT bio FROM profiles WHERE user_id = 7').get()!.bio}`);
console.log('alice (the writer) reads:', readBio(alice, 7));
console.log('bob (someone else) reads:', readBio(bob, 7), '(stale, but allowed for him)');

replicate(); // lag catches up
console.log('after catch-up, alice   :', readBio(alice, 7));
console.log('after catch-up, bob     :', readBio(bob, 7));
primary.close();
replica.close();
