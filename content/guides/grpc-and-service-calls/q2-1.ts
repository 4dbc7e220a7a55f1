import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const proto = `
syntax = "proto3";
package shop.v1;

service Inventory {
  rpc GetStock (StockRequest) returns (StockReply);                 // unary
  rpc WatchStock (StockRequest) returns (stream StockReply);        // server streaming
  rpc ReserveMany (stream ReserveRequest) returns (ReserveSummary); // client streaming
}
message StockRequest { string sku = 1; }
message StockReply { string sku = 1; int32 available = 2; }
message ReserveRequest { string sku = 1; int32 quantity = 2; }
message ReserveSummary { int32 reserved = 1; int32 rejected = 2; }
`;
const dir = mkdtempSync(join(tmpdir(), 'grpc-q2-'));
writeFileSync(join(dir, 'inventory.proto'), proto);
const definition = protoLoader.loadSync(join(dir, 'inventory.proto'), { keepCase: true, defaults: true });
const shop = grpc.loadPackageDefinition(definition) as any;

const stock = new Map([['cup', 3], ['pot', 0]]);
const server = new grpc.Server();
server.addService(shop.shop.v1.Inventory.service, {
  GetStock(call: any, callback: any) {
    const available = stock.get(call.request.sku);
    if (available === undefined) return callback({ code: grpc.status.NOT_FOUND, details: `no sku ${call.request.sku}` });
    callback(null, { sku: call.request.sku, available });
  },
  WatchStock(call: any) {
    for (let n = stock.get(call.request.sku) ?? 0; n >= 0; n--) call.write({ sku: call.request.sku, available: n });
    call.end();
  },
  ReserveMany(call: any, callback: any) {
    let reserved = 0, rejected = 0;
    call.on('data', (r: any) => {
      const left = stock.get(r.sku) ?? 0;
      if (left >= r.quantity) { stock.set(r.sku, left - r.quantity); reserved++; } else rejected++;
    });
    call.on('end', () => callback(null, { reserved, rejected }));
  },
});
const port = await new Promise<number>((resolve, reject) =>
  server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));

const client = new shop.shop.v1.Inventory(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
const unary = (method: string, req: object) => new Promise((resolve) => client[method](req, (err: any, res: any) => resolve(err ? `${grpc.status[err.code]}: ${err.details}` : res)));
console.log('GetStock cup  ->', await unary('GetStock', { sku: 'cup' }));
console.log('GetStock mug  ->', await unary('GetStock', { sku: 'mug' }));
const seen: number[] = [];
for await (const reply of client.WatchStock({ sku: 'cup' })) seen.push(reply.available);
console.log('WatchStock    ->', seen.join(', '));
const summary = await new Promise((resolve, reject) => {
  const call = client.ReserveMany((err: any, res: any) => (err ? reject(err) : resolve(res)));
  for (const quantity of [1, 1, 5]) call.write({ sku: 'cup', quantity });
  call.end();
});
console.log('ReserveMany   ->', summary);
client.close();
server.forceShutdown();
rmSync(dir, { recursive: true, force: true });
