import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http2 from 'node:http2';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const dir = mkdtempSync(join(tmpdir(), 'grpc-q1-'));
writeFileSync(join(dir, 'inventory.proto'), `
syntax = "proto3";
package shop.v1;
service Inventory { rpc GetStock (StockRequest) returns (StockReply); }
message StockRequest { string sku = 1; }
message StockReply { string sku = 1; int32 available = 2; }
`);
const definition = protoLoader.loadSync(join(dir, 'inventory.proto'));
const service = definition['shop.v1.Inventory'] as grpc.ServiceDefinition;
const method = service['GetStock']!;

// A real gRPC server (grpc-js)...
const server = new grpc.Server();
server.addService(service, {
  GetStock(call: grpc.ServerUnaryCall<{ sku: string }, unknown>, callback: grpc.sendUnaryData<unknown>) {
    if (call.request.sku !== 'cup') return callback({ code: grpc.status.NOT_FOUND, details: 'unknown sku' });
    callback(null, { sku: 'cup', available: 3 });
  },
});
const port = await new Promise<number>((resolve, reject) =>
  server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));

// ...called with nothing but node:http2, to see what goes over the wire.
const session = http2.connect(`http://127.0.0.1:${port}`);
function callRaw(sku: string): Promise<void> {
  const message = method.requestSerialize({ sku });
  const frame = Buffer.alloc(5 + message.length);
  frame.writeUInt8(0, 0); // 0 = not compressed
  frame.writeUInt32BE(message.length, 1); // 4-byte big-endian length prefix
  message.copy(frame, 5);
  const stream = session.request({
    ':method': 'POST',
    ':path': `/shop.v1.Inventory/GetStock`,
    'content-type': 'application/grpc',
    te: 'trailers',
  });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('response', (headers) => {
      const trailersOnly = headers['grpc-status'] === undefined ? '' : ` | trailers-only: grpc-status ${headers['grpc-status']}, grpc-message "${headers['grpc-message']}"`;
      console.log(`-> ${sku}: HTTP ${headers[':status']}, ${headers['content-type']}${trailersOnly}`);
    });
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('trailers', (trailers) => console.log(`   trailers: grpc-status ${trailers['grpc-status']}`));
    stream.on('close', () => {
      const body = Buffer.concat(chunks);
      if (body.length > 0) {
        const length = body.readUInt32BE(1);
        console.log(`   body: flag ${body[0]}, length ${length}, message ${JSON.stringify(method.responseDeserialize(body.subarray(5, 5 + length)))}`);
      }
      resolve();
    });
    stream.end(frame);
  });
}
console.log('request message bytes:', method.requestSerialize({ sku: 'cup' }).toString('hex').match(/../g)!.join(' '), '(tag: field 1 + wire type 2, length 3, "cup")');
await callRaw('cup');
await callRaw('mug');
session.close();
server.forceShutdown();
rmSync(dir, { recursive: true, force: true });
