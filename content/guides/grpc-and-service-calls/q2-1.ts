import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const dir = mkdtempSync(join(tmpdir(), 'grpc-q2-'));
writeFileSync(join(dir, 'inventory.proto'), `
syntax = "proto3";
package shop.v1;
service Inventory {
  rpc GetStock (StockRequest) returns (StockReply);                 // unary
  rpc WatchStock (StockRequest) returns (stream StockReply);        // server streaming
  rpc ReserveMany (stream ReserveRequest) returns (ReserveSummary); // client streaming
  rpc Adjust (stream ReserveRequest) returns (stream StockReply);   // bidirectional
}
message StockRequest { string sku = 1; }
message StockReply { string sku = 1; int32 available = 2; }
message ReserveRequest { string sku = 1; int32 quantity = 2; }
message ReserveSummary { int32 reserved = 1; int32 rejected = 2; }
`);
interface StockReply { sku: string; available: number }
interface ReserveRequest { sku: string; quantity: number }
const definition = protoLoader.loadSync(join(dir, 'inventory.proto'), { defaults: true });
const shop = grpc.loadPackageDefinition(definition) as any; // generated code would give real types

const stock = new Map([['cup', 3]]);
const server = new grpc.Server();
server.addService(shop.shop.v1.Inventory.service, {
  GetStock(call: grpc.ServerUnaryCall<{ sku: string }, StockReply>, callback: grpc.sendUnaryData<StockReply>) {
    const available = stock.get(call.request.sku);
    if (available === undefined) return callback({ code: grpc.status.NOT_FOUND, details: `no sku ${call.request.sku}` });
    callback(null, { sku: call.request.sku, available });
  },
  WatchStock(call: grpc.ServerWritableStream<{ sku: string }, StockReply>) {
    // A real server would push on every change; here: three updates, then end the stream.
    for (const available of [3, 2, 0]) call.write({ sku: call.request.sku, available });
    call.end();
  },
  ReserveMany(call: grpc.ServerReadableStream<ReserveRequest, unknown>, callback: grpc.sendUnaryData<unknown>) {
    let reserved = 0;
    let rejected = 0;
    call.on('data', (r: ReserveRequest) => {
      const left = stock.get(r.sku) ?? 0;
      if (left >= r.quantity) { stock.set(r.sku, left - r.quantity); reserved++; } else rejected++;
    });
    call.on('end', () => callback(null, { reserved, rejected }));
  },
  Adjust(call: grpc.ServerDuplexStream<ReserveRequest, StockReply>) {
    // Each message in gets an answer out, on the same HTTP/2 stream.
    call.on('data', (r: ReserveRequest) => {
      stock.set(r.sku, (stock.get(r.sku) ?? 0) + r.quantity);
      call.write({ sku: r.sku, available: stock.get(r.sku)! });
    });
    call.on('end', () => call.end());
  },
});
const port = await new Promise<number>((resolve, reject) =>
  server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
const client = new shop.shop.v1.Inventory(`127.0.0.1:${port}`, grpc.credentials.createInsecure());

const getStock = (sku: string): Promise<StockReply | string> => new Promise((resolve) =>
  client.GetStock({ sku }, (err: grpc.ServiceError | null, res: StockReply) => resolve(err ? `${grpc.status[err.code]}: ${err.details}` : res)));
console.log('unary         GetStock(cup) ->', await getStock('cup'));
console.log('unary         GetStock(mug) ->', await getStock('mug'));

const updates: number[] = [];
for await (const reply of client.WatchStock({ sku: 'cup' }) as AsyncIterable<StockReply>) updates.push(reply.available);
console.log('server stream WatchStock    ->', updates.join(', '));

const summary = await new Promise((resolve, reject) => {
  const call = client.ReserveMany((err: grpc.ServiceError | null, res: unknown) => (err ? reject(err) : resolve(res)));
  for (const quantity of [1, 1, 5]) call.write({ sku: 'cup', quantity });
  call.end();
});
console.log('client stream ReserveMany   ->', summary);

const duplex = client.Adjust();
duplex.write({ sku: 'cup', quantity: 10 });
duplex.write({ sku: 'cup', quantity: -4 });
duplex.end();
const levels: number[] = [];
for await (const reply of duplex as AsyncIterable<StockReply>) levels.push(reply.available);
console.log('bidi stream   Adjust        ->', levels.join(', '));

client.close();
server.forceShutdown();
rmSync(dir, { recursive: true, force: true });
