import { readFile } from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';

// A real TCP connection, so that we have a handle to close later.
const server = net.createServer((socket: net.Socket) => socket.on('end', () => socket.end()));
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
await once(socket, 'connect');

readFile(import.meta.filename, () => {
  // We are inside the POLL phase: libuv delivered a completed I/O request.
  console.log('1. poll   - readFile callback (the read ran on the thread pool)');

  setTimeout(() => {
    console.log('4. timers - setTimeout(0) waits for the next loop iteration');
    server.close();
  }, 0);

  setImmediate(() => console.log('2. check  - setImmediate runs right after poll'));

  socket.on('close', () => console.log('3. close  - socket "close" runs in the close callbacks phase'));
  socket.destroy();
});
