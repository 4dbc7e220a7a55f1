import { createHash } from 'node:crypto';

interface AuditEvent {
  at: string;
  tenantId: string;
  actor: string;
  action: string;
  target: string;
  outcome: 'success' | 'denied';
}
interface AuditEntry extends AuditEvent {
  seq: number;
  prevHash: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);

// Hash a fixed field order so the same entry always gives the same hash.
function hashEntry(e: Omit<AuditEntry, 'hash'>): string {
  const canonical = JSON.stringify([e.seq, e.prevHash, e.at, e.tenantId, e.actor, e.action, e.target, e.outcome]);
  return createHash('sha256').update(canonical).digest('hex');
}

class AuditLog {
  entries: AuditEntry[] = [];
  append(event: AuditEvent): AuditEntry {
    const prevHash = this.entries.at(-1)?.hash ?? GENESIS;
    const partial = { ...event, seq: this.entries.length + 1, prevHash };
    const entry = { ...partial, hash: hashEntry(partial) };
    this.entries.push(entry);
    return entry;
  }
  head(): { seq: number; hash: string } {
    const last = this.entries.at(-1);
    return { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS };
  }
}

// Returns the first broken seq, or 'ok'. A checkpoint (stored elsewhere) also catches rewrites and cut tails.
function verify(entries: AuditEntry[], checkpoint?: { seq: number; hash: string }): string {
  let prevHash = GENESIS;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1 || e.prevHash !== prevHash) return `broken link at seq ${i + 1}`;
    const { hash, ...rest } = e;
    if (hashEntry(rest) !== hash) return `entry ${e.seq} was modified`;
    prevHash = hash;
  }
  if (checkpoint) {
    const atCheckpoint = entries[checkpoint.seq - 1];
    if (!atCheckpoint) return `log ends before checkpoint seq ${checkpoint.seq}`;
    if (atCheckpoint.hash !== checkpoint.hash) return `chain does not match checkpoint at seq ${checkpoint.seq}`;
  }
  return 'ok';
}

const log = new AuditLog();
const at = '2026-11-30T10:00:00.000Z'; // fixed, so the hashes below are stable
log.append({ at, tenantId: 'acme', actor: 'user:u-1', action: 'role.grant', target: 'user:u-9 admin', outcome: 'success' });
log.append({ at, tenantId: 'acme', actor: 'user:u-9', action: 'export.create', target: 'invoices', outcome: 'success' });
log.append({ at, tenantId: 'acme', actor: 'user:u-4', action: 'record.read', target: 'invoice:77', outcome: 'denied' });
// Written to separate storage (another account, object lock) every few minutes.
const checkpoint = log.head();
console.log('entries:', log.entries.map((e) => `${e.seq}:${e.hash.slice(0, 12)}`).join(' '));
console.log('intact           :', verify(log.entries, checkpoint));

// 1. Someone edits a row in place.
const edited = log.entries.map((e) => ({ ...e }));
edited[1]!.target = 'nothing';
console.log('edited in place  :', verify(edited, checkpoint));

// 2. Someone deletes a row.
console.log('row deleted      :', verify(log.entries.filter((e) => e.seq !== 2), checkpoint));

// 3. Someone with write access rewrites the row and recomputes every later hash.
const rewritten: AuditEntry[] = [];
let prev = GENESIS;
for (const e of log.entries) {
  const { hash: _old, ...rest } = e;
  const forged = { ...rest, target: e.seq === 2 ? 'nothing' : e.target, prevHash: prev };
  const entry = { ...forged, hash: hashEntry(forged) };
  rewritten.push(entry);
  prev = entry.hash;
}
console.log('rewritten, alone :', verify(rewritten));
console.log('rewritten, vs cp :', verify(rewritten, checkpoint));

// 4. Someone cuts the last entry.
console.log('tail cut         :', verify(log.entries.slice(0, 2), checkpoint));
