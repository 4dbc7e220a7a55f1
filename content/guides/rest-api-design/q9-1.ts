import express from 'express';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

type Operation = {
  id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  kind: string;
  month: string;
  resultUrl?: string;
  error?: { type: string; title: string; detail: string };
};
type Report = { id: string; month: string; revenueCents: number };

const operations = new Map<string, Operation>(); // production: a table, so any instance can answer and state survives restarts
const reports = new Map<string, Report>();

// The real report takes minutes; the demo ends that work itself once a poll has seen it running.
const reportWork = Promise.withResolvers<void>();

// Stand-in for a durable queue and worker (SQS, BullMQ, a jobs table).
function enqueue(operation: Operation, work: () => Promise<string>): void {
  setImmediate(async () => {
    operation.status = 'running';
    try {
      operation.resultUrl = await work();
      operation.status = 'succeeded';
    } catch (err) {
      operation.status = 'failed';
      operation.error = { type: 'https://api.example.com/problems/report-failed', title: 'Report failed', detail: (err as Error).message };
    }
  });
}

const app = express();
app.use(express.json());
app.post('/reports', (req, res) => {
  const month: unknown = req.body?.month;
  if (typeof month !== 'string' || !/^\d{4}-\d{2}$/.test(month)) return res.status(422).json({ error: 'month must be YYYY-MM' });
  const operation: Operation = { id: `op_${operations.size + 1}`, status: 'queued', kind: 'monthly-report', month };
  operations.set(operation.id, operation);
  enqueue(operation, async () => {
    await reportWork.promise; // crunching numbers
    const id = `rep_${reports.size + 1}`;
    reports.set(id, { id, month: operation.month, revenueCents: 1_234_500 });
    return `/reports/${id}`;
  });
  res.status(202).location(`/operations/${operation.id}`).set('Retry-After', '1').json(operation);
});
app.get('/operations/:id', (req, res) => {
  const operation = operations.get(req.params.id);
  if (!operation) return res.status(404).json({ error: 'no such operation' });
  if (operation.status === 'succeeded') return res.status(303).location(operation.resultUrl!).json(operation); // set with the status
  if (operation.status === 'queued' || operation.status === 'running') res.set('Retry-After', '1');
  res.json(operation);
});
app.get('/reports/:id', (req, res) => res.json(reports.get(req.params.id)));

const server = app.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let res = await fetch(`${base}/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"month":"2026-10"}' });
  console.log('POST /reports ->', res.status, `Location: ${res.headers.get('location')}`, `Retry-After: ${res.headers.get('retry-after')}`);
  let location = res.headers.get('location')!; // a 202 always carries it
  for (;;) {
    res = await fetch(base + location, { redirect: 'manual' }); // show the 303 instead of following it
    const operation = await (res.json() as Promise<Operation>);
    console.log(`GET ${location} ->`, res.status, operation.status);
    if (res.status === 303) { location = res.headers.get('location')!; break; }
    reportWork.resolve(); // demo only: the minutes of work end now, so the next poll finds the result
    await sleep(Number(res.headers.get('retry-after')) * 1000); // honour the server's pacing
  }
  res = await fetch(base + location);
  console.log(`GET ${location} ->`, res.status, await res.text());
  server.close();
});
