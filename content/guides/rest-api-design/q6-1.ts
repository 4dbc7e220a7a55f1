import express from 'express';
import type { AddressInfo } from 'node:net';

type Doc = { id: string; title: string; version: number };

const app = express();
app.set('etag', false); // this API sets its own strong ETags from a version column
app.use(express.json());
const documents = new Map<string, Doc>([['1', { id: '1', title: 'Q3 plan', version: 1 }]]);
const etagOf = (doc: Doc): string => `"v${doc.version}"`;

// If-None-Match compares weakly (a W/ prefix is ignored); If-Match compares strongly (W/ never matches).
const matches = (header: string, etag: string, { weak }: { weak: boolean }): boolean => header.split(',').map((tag) => tag.trim())
  .some((tag) => tag === '*' || tag === etag || (weak && tag.replace(/^W\//, '') === etag));

app.get('/documents/:id', (req, res) => {
  const doc = documents.get(req.params.id);
  if (!doc) return res.status(404).end();
  res.set({ ETag: etagOf(doc), 'Cache-Control': 'private, no-cache' });
  const ifNoneMatch = req.get('if-none-match');
  if (ifNoneMatch && matches(ifNoneMatch, etagOf(doc), { weak: true })) return res.status(304).end();
  res.json(doc);
});

app.put('/documents/:id', (req, res) => {
  const doc = documents.get(req.params.id);
  if (!doc) return res.status(404).end();
  const ifMatch = req.get('if-match');
  if (!ifMatch) return res.status(428).json({ error: 'send If-Match with the ETag you last read' });
  if (!matches(ifMatch, etagOf(doc), { weak: false })) {
    return res.status(412).json({ error: 'the document changed since you read it', current: etagOf(doc) });
  }
  // In SQL the check and the write are one statement: UPDATE ... WHERE id = ? AND version = ?
  const updated: Doc = { ...doc, title: (req.body as { title: string }).title, version: doc.version + 1 };
  documents.set(doc.id, updated);
  res.set('ETag', etagOf(updated)).json(updated);
});

const server = app.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/documents/1`;
  const show = async (who: string, res: Response) =>
    console.log(who, res.status, `ETag=${res.headers.get('etag')}`, (await res.text()) || '(no body)');
  const put = (headers: Record<string, string>, title: string) => fetch(url, {
    method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ title }),
  });

  await show('Alice reads:              ', await fetch(url));
  await show('Alice revalidates:        ', await fetch(url, { headers: { 'if-none-match': '"v1"' } }));
  await show('Bob writes, no If-Match:  ', await put({}, 'Q3 plan (Bob)'));
  await show('Bob writes, If-Match v1:  ', await put({ 'if-match': '"v1"' }, 'Q3 plan (Bob)'));
  await show('Alice writes, If-Match v1:', await put({ 'if-match': '"v1"' }, 'Q3 plan (Alice)'));
  await show('Alice revalidates again:  ', await fetch(url, { headers: { 'if-none-match': '"v1"' } }));
  server.close();
});
