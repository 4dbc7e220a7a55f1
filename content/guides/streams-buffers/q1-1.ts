import { Readable, Writable, Duplex, Transform, getDefaultHighWaterMark } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

interface Order {
  id: number;
  net: number;
}
interface PricedOrder extends Order {
  gross: number;
}

console.log('default highWaterMark, byte mode:', getDefaultHighWaterMark(false)); // bytes
console.log('default highWaterMark, object mode:', getDefaultHighWaterMark(true)); // objects

// Readable: a source. Readable.from() wraps any iterable and defaults to object mode.
const orders = Readable.from([
  { id: 1, net: 30 },
  { id: 2, net: 120 },
  { id: 3, net: 75 },
] satisfies Order[]);

// Transform: a Duplex whose output is computed from its input.
const addVat = new Transform({
  objectMode: true,
  transform(order: Order, _encoding: BufferEncoding, callback: TransformCallback) {
    callback(null, { ...order, gross: Math.round(order.net * 1.2) } satisfies PricedOrder);
  },
});

// Writable: a sink. Each write() is acknowledged through the callback.
const received: string[] = [];
const sink = new Writable({
  objectMode: true,
  write(order: PricedOrder, _encoding: BufferEncoding, callback: (error?: Error | null) => void) {
    received.push(`#${order.id}=${order.gross}`);
    callback();
  },
});

await pipeline(orders, addVat, sink);
console.log('sink received:', received.join(' '));

// Duplex: two independent channels in one object, like a TCP socket.
const written: string[] = [];
const socketLike = new Duplex({
  read() {
    this.push('pong');
    this.push(null);
  },
  write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void) {
    written.push(chunk.toString());
    callback();
  },
});
socketLike.end('ping');
for await (const chunk of socketLike) console.log('duplex readable side:', chunk.toString());
console.log('duplex writable side got:', written);

// A byte-mode stream refuses plain objects.
try {
  new Writable({ write: (_c, _e, cb) => cb() }).write({ id: 4 });
} catch (err) {
  console.log('object into byte-mode stream:', (err as NodeJS.ErrnoException).code);
}
