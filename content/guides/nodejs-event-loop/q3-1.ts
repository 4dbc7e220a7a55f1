// @predict order
import { readFile } from 'node:fs';

// Part A - the top level of an ES module runs inside a promise job,
// so the microtask queue drains BEFORE the nextTick queue (CommonJS prints the reverse).
process.nextTick(() => console.log('A2 nextTick at ESM top level'));
Promise.resolve().then(() => console.log('A1 promise at ESM top level'));

// Part B - inside an I/O callback the order is fully deterministic.
readFile(import.meta.filename, () => {
  setTimeout(() => console.log('B9 setTimeout 0: timers phase of the NEXT iteration'), 0);

  setImmediate(() => {
    console.log('B6 setImmediate #1: check phase of THIS iteration');
    Promise.resolve().then(() => console.log('B7 promise queued by immediate #1 runs before immediate #2'));
  });
  setImmediate(() => console.log('B8 setImmediate #2'));

  Promise.resolve().then(() => {
    console.log('B3 promise.then');
    process.nextTick(() => console.log('B5 nextTick queued by a promise waits for the promise queue to empty'));
  });
  queueMicrotask(() => console.log('B4 queueMicrotask: same FIFO queue as promise jobs'));
  process.nextTick(() => console.log('B2 process.nextTick: runs before promise jobs here'));
  console.log('B1 synchronous code always finishes first');
});
