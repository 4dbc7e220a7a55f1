// @predict
import { EventEmitter } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const source = (): Readable => new Readable({ read() {} }); // we push data and errors by hand
const sink = (): Writable => new Writable({ write(chunk, encoding, callback) { callback(); } });

// 1) try/catch around setup code cannot see an error that is emitted later.
try {
  const input = source();
  input.on('error', (err: Error) => console.log(`1. 'error' event, outside the try block: ${err.message}`));
  setImmediate(() => input.destroy(new Error('socket reset')));
} catch {
  console.log('never reached');
}
await new Promise((resolve) => setImmediate(resolve));

// 2) .pipe() does not forward errors: the destination stays open (a leaked resource).
const pipedIn = source();
const pipedOut = sink();
pipedIn.on('error', () => {}); // without this line the process would crash
pipedIn.pipe(pipedOut);
pipedIn.destroy(new Error('upstream reset'));
await new Promise((resolve) => setImmediate(resolve));
console.log(`2. .pipe(): destination destroyed after source failed? ${pipedOut.destroyed}`);

// 3) pipeline() destroys every stream and turns the failure into one rejection.
const pipeIn = source();
const pipeOut = sink();
setImmediate(() => pipeIn.destroy(new Error('upstream reset')));
await pipeline(pipeIn, async function* (chunks: AsyncIterable<Buffer>) { for await (const c of chunks) yield c; }, pipeOut)
  .catch((err: Error) => console.log(`3. pipeline() rejected: ${err.message}; destination destroyed? ${pipeOut.destroyed}`));

// 4) An async listener's rejection is ignored by emit(); captureRejections routes it to 'error'.
const orders = new EventEmitter({ captureRejections: true });
orders.on('created', async (order: { id: string }) => {
  throw new Error(`could not reserve stock for ${order.id}`);
});
orders.on('error', (err: Error) => console.log(`4. captured async listener failure: ${err.message}`));
orders.emit('created', { id: 'ord_1' });
await new Promise((resolve) => setImmediate(resolve));
