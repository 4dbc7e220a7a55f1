import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';

// /fast answers at once; /hang never answers, like a stuck dependency.
const server = http.createServer((req, res) => {
  if (req.url === '/fast') res.end('fast response');
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// Every call gets a deadline; the caller may also pass its own signal (e.g. client disconnect).
async function getText(path: string, { timeoutMs, signal }: { timeoutMs: number; signal?: AbortSignal }): Promise<string> {
  const signals = [AbortSignal.timeout(timeoutMs)];
  if (signal) signals.push(signal);
  const res = await fetch(base + path, { signal: AbortSignal.any(signals) });
  return res.text();
}

// Your own long-running work can honour a signal too.
async function reindex(items: string[], { signal }: { signal: AbortSignal }): Promise<number> {
  let done = 0;
  for (const item of items) {
    signal.throwIfAborted(); // stop between units of work
    await nextTurn(); // ...process `item`...
    done++;
  }
  return done;
}

async function attempt(label: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    console.log(`${label.padEnd(20)} ok: ${await fn()}`);
  } catch (err) {
    console.log(`${label.padEnd(20)} ${(err as Error).name}: ${(err as Error).message}`);
  }
}

await attempt('fast endpoint', () => getText('/fast', { timeoutMs: 1_000 }));
await attempt('hung endpoint', () => getText('/hang', { timeoutMs: 50 }));

const clientGone = new AbortController();
const pending = attempt('caller cancelled', () => getText('/hang', { timeoutMs: 5_000, signal: clientGone.signal }));
clientGone.abort(); // e.g. res.on('close') fired before the response was sent
await pending;

const job = new AbortController();
const reindexing = attempt('reindex cancelled', () => reindex(['a', 'b', 'c', 'd'], { signal: job.signal }));
await nextTurn();
job.abort(new Error('deploy started'));
await reindexing;

server.closeAllConnections();
server.close();
