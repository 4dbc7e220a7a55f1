import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';

// The server advertises a limit of 5 concurrent streams per connection in its SETTINGS frame.
const server = http2.createServer({ settings: { maxConcurrentStreams: 5 } });
let connections = 0;
let streams = 0;
let open = 0;
let maxOpen = 0;
server.on('connection', () => connections++);
server.on('stream', (stream) => {
  streams++;
  maxOpen = Math.max(maxOpen, ++open);
  stream.on('close', () => open--);
  // Answer on the next turn of the event loop, so several streams overlap.
  setImmediate(() => {
    stream.respond({ ':status': 200 });
    stream.end('ok');
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const session = http2.connect(`http://127.0.0.1:${port}`);
await new Promise((resolve) => session.once('remoteSettings', resolve));
console.log('client sees the server limit: maxConcurrentStreams =', session.remoteSettings.maxConcurrentStreams);

// 20 requests at once, over the one session.
const statuses = await Promise.all(Array.from({ length: 20 }, () => new Promise<number>((resolve, reject) => {
  const req = session.request({ ':path': '/' });
  req.on('response', (headers) => resolve(Number(headers[':status'])));
  req.on('error', reject);
  req.resume();
  req.end();
})));
console.log('responses:', statuses.length, 'all 200:', statuses.every((s) => s === 200));
console.log('TCP connections:', connections, '| HTTP/2 streams:', streams, '| streams open at once <= 5:', maxOpen <= 5);
session.close();
server.close();
