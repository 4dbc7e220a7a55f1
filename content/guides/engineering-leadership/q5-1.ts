// An in-process model of a store migration. The old store stays the source of truth while the new one
// fills from two directions at once: dual writes from the application and a backfill of existing rows.
interface Row { id: number; email: string; version: number }

function runMigration(versionAware: boolean): { source: Map<number, Row>; target: Map<number, Row>; upsert: (row: Row) => void } {
  const source = new Map<number, Row>();
  for (let id = 1; id <= 6; id++) source.set(id, { id, email: `user${id}@old.example`, version: 1 });
  const target = new Map<number, Row>();

  // Backfill and dual writes race; a version check keeps the newer row, whichever arrives last.
  const upsert = (row: Row): void => {
    const current = target.get(row.id);
    if (versionAware && current && current.version >= row.version) return;
    target.set(row.id, { ...row });
  };
  // Dual write: the application writes the old store, then (best effort) the new one.
  const write = (id: number, email: string, targetReachable = true): void => {
    const row = { id, email, version: (source.get(id)?.version ?? 0) + 1 };
    source.set(id, row);
    if (targetReachable) upsert(row);
  };

  const stale = { ...(source.get(3) as Row) }; // the backfill reads row 3 ...
  write(3, 'carol@new.example'); // ... a user changes it and the dual write lands first ...
  upsert(stale); // ... then the backfill writes the copy it read earlier
  for (const row of source.values()) if (row.id !== 3) upsert(row); // the rest of the backfill
  write(5, 'erin@new.example', false); // after the backfill: a dual write that failed, never retried
  return { source, target, upsert };
}

// Verification: compare a fingerprint per bucket of ids, and diff row by row only where buckets differ.
function verify(source: Map<number, Row>, target: Map<number, Row>, bucketSize = 2): string[] {
  const bucket = (store: Map<number, Row>, from: number): string =>
    Array.from({ length: bucketSize }, (_, i) => JSON.stringify(store.get(from + i) ?? null)).join('|');
  const problems: string[] = [];
  for (let from = 1; from <= source.size; from += bucketSize) {
    if (bucket(source, from) === bucket(target, from)) continue;
    for (let id = from; id < from + bucketSize; id++) {
      const [a, b] = [source.get(id), target.get(id)];
      if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`id ${id}: source v${a?.version} ${a?.email} | target v${b?.version} ${b?.email}`);
    }
  }
  return problems;
}

for (const versionAware of [false, true]) {
  const { source, target, upsert } = runMigration(versionAware);
  const problems = verify(source, target);
  console.log(`${versionAware ? 'version-aware upsert' : 'blind overwrite'}: ${problems.length} mismatch(es)`);
  for (const problem of problems) console.log(`  ${problem}`);
  // Repair from the source of truth, then verify again before anyone reads from the new store.
  for (const row of source.values()) if (JSON.stringify(row) !== JSON.stringify(target.get(row.id))) upsert(row);
  console.log(`  after repair: ${verify(source, target).length} mismatch(es)`);
}
