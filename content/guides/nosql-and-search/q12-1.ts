// A model of deep pagination: from/size versus search_after with a unique tiebreaker.
interface Hit { id: string; score: number }

// 12 hits; several share a score, as they do in real result sets.
const hits: Hit[] = [9, 9, 9, 8, 8, 8, 8, 7, 7, 6, 6, 5].map((score, i) => ({ id: `doc-${String(i + 1).padStart(2, '0')}`, score }));
const bySort = (a: Hit, b: Hit): number => b.score - a.score || a.id.localeCompare(b.id); // score desc, id asc

// from/size: every page re-collects from + size hits on every shard, then discards most of them.
const shards = 5;
for (const page of [1, 100, 1000]) {
  const from = (page - 1) * 10;
  console.log(`from/size page ${page}: each of ${shards} shards returns ${from + 10} hits, coordinator sorts ${shards * (from + 10)} to keep 10`);
}
console.log('index.max_result_window (default 10000) rejects from + size above it');

// search_after: pass the sort values of the last hit; the engine seeks past them.
function searchAfter(after: [number, string] | undefined, size: number): Hit[] {
  const sorted = [...hits].sort(bySort);
  const start = after === undefined ? 0 : sorted.findIndex((h) => bySort(h, { score: after[0], id: after[1] }) > 0);
  return start < 0 ? [] : sorted.slice(start, start + size);
}

const seen: string[] = [];
let after: [number, string] | undefined;
for (let page = 1; ; page++) {
  const batch = searchAfter(after, 5);
  if (batch.length === 0) break;
  seen.push(...batch.map((h) => h.id));
  const last = batch.at(-1)!;
  after = [last.score, last.id];
  console.log(`search_after page ${page}:`, batch.map((h) => `${h.id}(${h.score})`).join(' '), '| next after', JSON.stringify(after));
}
console.log('pages covered every hit once:', seen.length === hits.length && new Set(seen).size === hits.length);

// Without the tiebreaker: page 1 ended at a hit with score 8; resuming "after score 8" skips its equals.
const sorted = [...hits].sort(bySort);
const lastOfPage1 = sorted[4]!;
const resumed = sorted.filter((h) => h.score < lastOfPage1.score);
const skipped = sorted.slice(5).filter((h) => h.score === lastOfPage1.score).map((h) => h.id);
console.log('resume after score only: page 2 starts at', resumed[0]?.id, '| silently skipped:', skipped.join(', '));
