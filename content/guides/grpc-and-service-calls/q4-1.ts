import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as protoLoader from '@grpc/proto-loader';
import type { ServiceDefinition } from '@grpc/proto-loader';

const dir = mkdtempSync(join(tmpdir(), 'grpc-q4-'));
writeFileSync(join(dir, 'stock.proto'), `syntax = "proto3";
package shop.v1;
service Inventory { rpc Update (UpdateStock) returns (UpdateStock); }
message UpdateStock {
  string sku = 1;
  optional int32 quantity = 2; // explicit presence: "set to 0" differs from "not set"
  int32 reorder_level = 3;     // implicit presence: 0 is never sent, so it cannot be told from "not set"
}`);
// defaults: true fills absent fields with zero values, as generated code does; oneofs: true names the optional fields present.
const definition = protoLoader.loadSync(join(dir, 'stock.proto'), { keepCase: true, oneofs: true, defaults: true });
const update = (definition['shop.v1.Inventory'] as ServiceDefinition).Update!;
const hex = (b: Buffer): string => b.toString('hex').match(/../g)?.join(' ') ?? '(empty)';

const cases: Array<[string, object]> = [
  ['nothing set', { sku: 'cup' }],
  ['quantity = 0', { sku: 'cup', quantity: 0 }],
  ['reorder_level = 0', { sku: 'cup', reorder_level: 0 }],
  ['reorder_level = 5', { sku: 'cup', reorder_level: 5 }],
];
const decoded = new Map<string, string>();
for (const [label, message] of cases) {
  const bytes = update.requestSerialize(message);
  decoded.set(label, JSON.stringify(update.requestDeserialize(bytes)));
  console.log(label.padEnd(18), '| wire:', hex(bytes).padEnd(20), '| decoded:', decoded.get(label));
}
// protobufjs writes a zero it was explicitly given (18 00); Go, Java and C++ omit it. The reader cannot tell either way.
console.log('reader can tell "reorder_level = 0" from "nothing set":', decoded.get('nothing set') !== decoded.get('reorder_level = 0'));
console.log('reader can tell "quantity = 0" from "nothing set":', decoded.get('nothing set') !== decoded.get('quantity = 0'));
rmSync(dir, { recursive: true, force: true });
