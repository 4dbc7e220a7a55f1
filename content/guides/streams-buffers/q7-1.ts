import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';

interface OrderLine {
  sku: string;
  qty: number;
}

// A Node server that streams NDJSON from a Node Readable.
const server = createServer((req, res) => {
  res.setHeader('content-type', 'application/x-ndjson');
  const chunks = ['{"sku":"A1","qty":2}\n{"sku":"B', '7","qty":1}\n{"sku":"C3","qty":5}\n']; // a line spans 2 chunks
  pipeline(Readable.from(chunks), res).catch((err: NodeJS.ErrnoException) => console.error('response stream failed:', err.code));
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders`;

// 1) fetch() returns a WHATWG ReadableStream; Readable.fromWeb() turns it into a Node Readable.
const res1 = await fetch(url);
console.log('fetch body is a web ReadableStream:', res1.body instanceof ReadableStream);
// fetch's body type comes from undici's typings; cast to the node:stream/web type fromWeb() expects.
const nodeBody = Readable.fromWeb(res1.body! as NodeWebReadableStream<Uint8Array>);
let bytes = 0;
for await (const chunk of nodeBody as AsyncIterable<Buffer>) bytes += chunk.length;
console.log('bytes read through Readable.fromWeb:', bytes);

// 2) pipeline() accepts web streams directly, mixed with Node streams and generators.
const res2 = await fetch(url);
const skus: string[] = [];
await pipeline(
  res2.body!.pipeThrough(new TextDecoderStream()), // web streams: bytes -> text, safe across chunks
  async function* (text: AsyncIterable<string>) { // Node-style generator stage: text -> parsed lines
    let rest = '';
    for await (const piece of text) {
      const lines = (rest + piece).split('\n');
      rest = lines.pop()!;
      for (const line of lines) yield JSON.parse(line) as OrderLine;
    }
  },
  new Writable({
    objectMode: true,
    write(order: OrderLine, _e: BufferEncoding, cb: (error?: Error | null) => void) {
      skus.push(`${order.sku}x${order.qty}`);
      cb();
    },
  }),
);
console.log('parsed:', skus.join(', '));

// 3) Readable.toWeb() goes the other way, e.g. to build a web Response from a Node stream.
const webStream = Readable.toWeb(Readable.from([Buffer.from('hello '), Buffer.from('web')]));
console.log('Response from a Node stream:', await new Response(webStream as ReadableStream<Uint8Array>).text());

server.close();
