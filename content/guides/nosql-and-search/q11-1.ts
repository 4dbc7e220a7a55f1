// A model of keeping a search index in sync from an outbox/CDC stream, with out-of-order delivery.
interface ChangeEvent { id: string; version: number; op: 'upsert' | 'delete'; doc?: { title: string; price: number } }
interface IndexedDoc { version: number; deleted: boolean; doc?: ChangeEvent['doc'] }

// Like Elasticsearch's version_type=external: apply a write only if its version is higher.
class SearchIndexModel {
  docs = new Map<string, IndexedDoc>();
  applied = 0;
  ignored = 0;

  apply(e: ChangeEvent): void {
    const current = this.docs.get(e.id);
    if (current && current.version >= e.version) {
      this.ignored++; // stale or duplicate: a 409 version conflict, which the consumer treats as success
      return;
    }
    // Deletes leave a versioned tombstone so a late, older upsert cannot resurrect the document.
    this.docs.set(e.id, { version: e.version, deleted: e.op === 'delete', doc: e.doc });
    this.applied++;
  }

  search(word: string): string[] {
    return [...this.docs].filter(([, d]) => !d.deleted && d.doc?.title.includes(word)).map(([id]) => id);
  }
}

// The database wrote these in a transaction together with the row changes (outbox), versions from the row.
const outbox: ChangeEvent[] = [
  { id: 'p1', version: 1, op: 'upsert', doc: { title: 'steel kettle', price: 30 } },
  { id: 'p1', version: 2, op: 'upsert', doc: { title: 'steel kettle', price: 25 } },
  { id: 'p2', version: 1, op: 'upsert', doc: { title: 'glass kettle', price: 40 } },
  { id: 'p2', version: 2, op: 'delete' },
];

// Delivery is at-least-once and, across partitions or retries, out of order: v2 before v1, duplicates.
const delivered = [outbox[1]!, outbox[3]!, outbox[0]!, outbox[2]!, outbox[0]!];

const naive = new Map<string, ChangeEvent>();
for (const e of delivered) {
  if (e.op === 'delete') naive.delete(e.id);
  else naive.set(e.id, e);
}
console.log('naive last-write-wins:', [...naive].map(([id, e]) => `${id}@v${e.version} price=${e.doc?.price}`).join(', '));

const index = new SearchIndexModel();
for (const e of delivered) index.apply(e);
console.log('versioned index:', [...index.docs].map(([id, d]) => `${id}@v${d.version}${d.deleted ? ' (deleted)' : ` price=${d.doc?.price}`}`).join(', '));
console.log('applied:', index.applied, '| ignored stale or duplicate:', index.ignored);
console.log('search "kettle":', index.search('kettle').join(', '));
