// A model of log compaction: keep the latest record per key; a null value (tombstone) deletes the key
// once it is older than delete.retention.ms. Offsets never change, so the compacted log has gaps.
interface LogRecord {
  offset: number;
  key: string;
  value: string | null;
  ageMs: number; // how long ago it was written
}

function compact(log: LogRecord[], deleteRetentionMs: number): LogRecord[] {
  const latest = new Map<string, number>();
  for (const r of log) latest.set(r.key, r.offset);
  return log.filter((r) => {
    if (latest.get(r.key) !== r.offset) return false; // superseded by a newer value for the same key
    if (r.value === null && r.ageMs > deleteRetentionMs) return false; // tombstone past its grace period
    return true;
  });
}

const DAY = 86_400_000;
const log: LogRecord[] = [
  { offset: 0, key: 'user-1', value: 'email=a@old.example', ageMs: 9 * DAY },
  { offset: 1, key: 'user-2', value: 'email=b@example.com', ageMs: 8 * DAY },
  { offset: 2, key: 'user-1', value: 'email=a@new.example', ageMs: 5 * DAY },
  { offset: 3, key: 'user-3', value: 'email=c@example.com', ageMs: 4 * DAY },
  { offset: 4, key: 'user-3', value: null, ageMs: 3 * DAY }, // user-3 erased
  { offset: 5, key: 'user-2', value: null, ageMs: 2 * 3_600_000 }, // user-2 erased two hours ago
];

const show = (records: LogRecord[]): string =>
  records.map((r) => `${r.offset}:${r.key}=${r.value ?? 'TOMBSTONE'}`).join('\n  ');
console.log(`before (${log.length} records):\n  ${show(log)}`);
const compacted = compact(log, 1 * DAY); // delete.retention.ms defaults to 1 day
console.log(`after (${compacted.length} records):\n  ${show(compacted)}`);
