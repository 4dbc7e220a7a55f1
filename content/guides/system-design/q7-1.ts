import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';

type Decision = 'run' | 'queue' | 'shed';
interface ShedderOptions { maxInFlight: number; maxQueue: number; queueTimeoutMs: number; onDecision?: (d: Decision) => void }

const shed = (res: Response, error: string): Response => res.status(503).set('Retry-After', '1').json({ error });

// Admission control: a few requests run, a few wait briefly, the rest are rejected at once.
function loadShedder({ maxInFlight, maxQueue, queueTimeoutMs, onDecision = () => {} }: ShedderOptions): RequestHandler {
  let inFlight = 0;
  const queue: Array<() => void> = []; // FIFO of `enter` callbacks
  const release = (): void => {
    inFlight -= 1;
    queue.shift()?.();
  };
  return (req: Request, res: Response, next: NextFunction) => {
    const start = (): void => {
      inFlight += 1;
      res.once('close', release); // fires after the response AND on client disconnect
      next();
    };
    if (inFlight < maxInFlight) { onDecision('run'); return start(); }
    if (queue.length >= maxQueue) { onDecision('shed'); return shed(res, 'overloaded'); } // cheap, before any work
    const leave = (): void => {
      clearTimeout(timer);
      res.off('close', leave);
      const i = queue.indexOf(enter);
      if (i !== -1) queue.splice(i, 1);
    };
    const enter = (): void => { leave(); start(); };
    const timer = setTimeout(() => { leave(); shed(res, 'queue timeout'); }, queueTimeoutMs);
    res.once('close', leave); // the client gave up while waiting: do not do its work later
    queue.push(enter);
    onDecision('queue');
  };
}

const decisions = new EventEmitter();
let releaseWork!: () => void;
const workGate = new Promise<void>((resolve) => { releaseWork = resolve; });
const app = express();
app.use(loadShedder({ maxInFlight: 2, maxQueue: 2, queueTimeoutMs: 2_000, onDecision: (d) => decisions.emit('decision', d) }));
app.get('/report', async (req, res) => {
  await workGate; // expensive work, held open so the demo can fill the server up
  res.json({ ok: true });
});

const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/report`;

const seen: Decision[] = [];
const allDecided = new Promise<void>((resolve) => decisions.on('decision', (d: Decision) => { if (seen.push(d) === 6) resolve(); }));
const responses = Array.from({ length: 6 }, () =>
  fetch(url).then(async (r) => `${r.status} ${r.headers.get('retry-after') ?? '-'} ${await r.text()}`));
await allDecided;
console.log('admission decisions:', seen.sort().join(', '));
releaseWork(); // the 2 running finish, then the 2 queued run
for (const line of (await Promise.all(responses)).sort()) console.log(line);
server.close();
