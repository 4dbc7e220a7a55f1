// When does autovacuum VACUUM a table? dead tuples > threshold + scale_factor * reltuples.
interface Settings { threshold: number; scaleFactor: number; maxThreshold: number | null }

const pg17Defaults: Settings = { threshold: 50, scaleFactor: 0.2, maxThreshold: null };
const pg18Defaults: Settings = { threshold: 50, scaleFactor: 0.2, maxThreshold: 100_000_000 }; // autovacuum_vacuum_max_threshold
const hotTable: Settings = { threshold: 1_000, scaleFactor: 0.01, maxThreshold: null }; // ALTER TABLE ... SET (autovacuum_vacuum_scale_factor = 0.01, ...)

function deadTuplesBeforeVacuum(reltuples: number, s: Settings): number {
  const computed = s.threshold + s.scaleFactor * reltuples;
  return s.maxThreshold === null ? computed : Math.min(computed, s.maxThreshold);
}

const fmt = (n: number): string => n.toLocaleString('en-US');
console.log('rows in table'.padStart(15), 'PG 17 defaults'.padStart(16), 'PG 18 defaults'.padStart(16), 'scale 0.01'.padStart(12));
for (const rows of [1_000, 1_000_000, 100_000_000, 2_000_000_000]) {
  console.log(
    fmt(rows).padStart(15),
    fmt(deadTuplesBeforeVacuum(rows, pg17Defaults)).padStart(16),
    fmt(deadTuplesBeforeVacuum(rows, pg18Defaults)).padStart(16),
    fmt(deadTuplesBeforeVacuum(rows, hotTable)).padStart(12),
  );
}

// How long until autovacuum starts on a 100M-row table taking 2,000 updates a second?
const perSecond = 2_000;
const hours = (n: number): string => (n / perSecond / 3600).toFixed(1);
console.log('100M rows at 2,000 updates/s: defaults wait', hours(deadTuplesBeforeVacuum(100_000_000, pg17Defaults)), 'h; scale 0.01 waits', hours(deadTuplesBeforeVacuum(100_000_000, hotTable)), 'h');
