import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';

const serverLog: string[] = [];
let handlerDone: () => void;
const handlerFinished = new Promise<void>((resolve) => (handlerDone = resolve));

// Stands in for a database cursor: pages are produced only as fast as the client reads them.
async function* exportRows(signal: AbortSignal): AsyncGenerator<string> {
  try {
    for (let page = 1; page <= 1000; page++) {
      await sleep(5, undefined, { signal }); // the query for the next page
      yield `page ${page}\n`;
    }
  } finally {
    serverLog.push('cursor closed'); // runs on success, error and disconnect alike
  }
}

const server = createServer(async (req, res) => {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) {
      serverLog.push('client went away before the end');
      controller.abort(); // cancel in-flight work (queries, upstream fetches)
    }
  });
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  try {
    await pipeline(Readable.from(exportRows(controller.signal)), res);
    serverLog.push('export complete');
  } catch (err) {
    serverLog.push(`pipeline rejected: ${(err as NodeJS.ErrnoException).code ?? (err as Error).name}`); // nothing to send: headers are out
  } finally {
    handlerDone();
  }
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');

const client = new AbortController();
const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/export`, { signal: client.signal });
const reader = res.body!.getReader();
const { value } = await reader.read();
console.log('client status:', res.status, '| first line:', new TextDecoder().decode(value).split('\n')[0]);
client.abort(); // the user closed the tab

await handlerFinished;
console.log('server:', serverLog.join(' -> '));
server.close();
