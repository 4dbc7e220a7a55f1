// @predict order
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

interface RequestStore {
  requestId: string;
}

const requestContext = new AsyncLocalStorage<RequestStore>();

function log(message: string): void {
  const store = requestContext.getStore();
  console.log(`[${store?.requestId ?? 'no-context'}] ${message}`);
}

async function queryDb(sql: string): Promise<void> {
  await nextTurn(); // real I/O would happen here; the context survives the await
  log(`db: ${sql}`);
}

function handleRequest(requestId: string, queries: string[]): Promise<void> {
  return requestContext.run({ requestId }, async () => {
    log('start');
    for (const sql of queries) await queryDb(sql);
    log('done');
  });
}

// Two requests interleave on one thread, yet every line keeps its own id.
await Promise.all([
  handleRequest('req-1', ['select user', 'select orders']),
  handleRequest('req-2', ['select cart']),
]);

// Pitfall: a hand-rolled callback queue (common in pools and batchers) runs every
// callback in the context of whoever scheduled the flush.
const queue: Array<() => void> = [];
function enqueue(callback: () => void): void {
  queue.push(callback);
  if (queue.length === 1) setImmediate(() => queue.splice(0).forEach((cb) => cb()));
}

requestContext.run({ requestId: 'req-3' }, () => enqueue(() => log('queued callback, not bound')));
requestContext.run({ requestId: 'req-4' }, () => enqueue(() => log('queued callback, not bound')));
await nextTurn();

// Fix: bind each callback to its caller's context when it is queued.
requestContext.run({ requestId: 'req-5' }, () => enqueue(AsyncResource.bind(() => log('queued callback, bound'))));
requestContext.run({ requestId: 'req-6' }, () => enqueue(AsyncResource.bind(() => log('queued callback, bound'))));
await nextTurn();

log('outside any run()');
