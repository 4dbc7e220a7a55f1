import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as protoLoader from '@grpc/proto-loader';
import type { MethodDefinition, ServiceDefinition } from '@grpc/proto-loader';

const dir = mkdtempSync(join(tmpdir(), 'grpc-q3-'));
// Loads one version of the schema and returns the (de)serialisers gRPC would use for StockReply.
function schema(version: string, fields: string): MethodDefinition<object, object> {
  const file = join(dir, `${version}.proto`);
  writeFileSync(file, `syntax = "proto3";
package shop.${version};
service Inventory { rpc GetStock (StockReply) returns (StockReply); }
message StockReply { ${fields} }`);
  const definition = protoLoader.loadSync(file, { keepCase: true });
  return (definition[`shop.${version}.Inventory`] as ServiceDefinition).GetStock!;
}

const v1 = schema('v1', 'string sku = 1; int32 available = 2;');
// v2 adds a field with a new number and renames field 1 (names are not on the wire).
const v2 = schema('v2', 'string product_code = 1; int32 available = 2; string warehouse = 3;');
// A bad v3 reuses number 2 for a string: old writers and new readers now disagree.
const v3 = schema('v3', 'string sku = 1; string available = 2;');

const fromV2 = v2.responseSerialize({ product_code: 'cup', available: 3, warehouse: 'AMS' });
console.log('v2 bytes:', fromV2.toString('hex').match(/../g)!.join(' '));
console.log('v1 reads v2 bytes:', JSON.stringify(v1.responseDeserialize(fromV2)), '(field 3 skipped, old reader still works)');
const fromV1 = v1.responseSerialize({ sku: 'cup', available: 3 });
console.log('v2 reads v1 bytes:', JSON.stringify(v2.responseDeserialize(fromV1)), '(new field simply absent)');

// Read-modify-write in an old service: does field 3 survive?
const roundTripped = v1.responseSerialize(v1.responseDeserialize(fromV2));
console.log('v2 -> v1 -> v2:', JSON.stringify(v2.responseDeserialize(roundTripped)), 'warehouse kept:', roundTripped.length === fromV2.length);

// Reusing a number is not caught by anything at runtime: data is dropped or misread.
for (const [label, reader, bytes] of [
  ['v3 reads v1 bytes:', v3, fromV1],
  ['v1 reads v3 bytes:', v1, v3.responseSerialize({ sku: 'cup', available: 'three' })],
] as const) {
  try {
    console.log(label, JSON.stringify(reader.responseDeserialize(bytes)));
  } catch (error) {
    console.log(label, 'throws', (error as Error).message);
  }
}
rmSync(dir, { recursive: true, force: true });
