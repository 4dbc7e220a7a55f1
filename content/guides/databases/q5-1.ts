import { DatabaseSync } from 'node:sqlite';

type Doc = { id: number; title: string; version: number };

const db = new DatabaseSync(':memory:');
db.exec(`
  CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1);
  INSERT INTO documents (id, title) VALUES (1, 'Draft');
`);

const load = (id: number): Doc => db.prepare('SELECT id, title, version FROM documents WHERE id = ?').get(id) as Doc;
const show = (doc: Doc): string => `v${doc.version} "${doc.title}"`;
// Optimistic write: succeeds only if nobody changed the row since we read it.
const save = (doc: Doc, title: string): boolean =>
  db.prepare('UPDATE documents SET title = ?, version = version + 1 WHERE id = ? AND version = ?')
    .run(title, doc.id, doc.version).changes === 1;

// Two users open the same document (both read version 1)…
const ana = load(1);
const ben = load(1);
console.log('ana read', show(ana), '| ben read', show(ben));

// …ana saves first and wins; ben's save matches no row because the version moved on.
console.log('ana saves:', save(ana, 'Q3 plan') ? 'ok' : 'conflict');
console.log('ben saves:', save(ben, 'Q3 roadmap') ? 'ok' : 'conflict -> 409, reload and merge');

// Changes that can be re-applied to fresh data (append a tag, bump a counter) can retry.
let otherWriter: (() => void) | null = () =>
  db.exec("UPDATE documents SET title = title || ' v2', version = version + 1 WHERE id = 1");
function updateWithRetry(id: number, change: (title: string) => string, maxAttempts = 3): string {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const current = load(id);
    otherWriter?.(); // demo only: someone commits between our read and our write, once
    otherWriter = null;
    if (save(current, change(current.title))) return `saved on attempt ${attempt}`;
  }
  throw new Error('too much contention, giving up');
}
console.log('ben retries:', updateWithRetry(1, (title) => `${title} [reviewed]`));
console.log('final row:', show(load(1)));
db.close();
