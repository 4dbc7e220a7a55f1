import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as protoLoader from '@grpc/proto-loader';
import type { ServiceDefinition } from '@grpc/proto-loader';

const dir = mkdtempSync(join(tmpdir(), 'grpc-q10-'));
writeFileSync(join(dir, 'orders.proto'), `syntax = "proto3";
package orders.v1;
service Orders { rpc List (OrderPage) returns (OrderPage); }
message Line { string sku = 1; int32 quantity = 2; int64 price_cents = 3; }
message Order { string id = 1; int64 created_at = 2; repeated Line lines = 3; bool paid = 4; }
message OrderPage { repeated Order orders = 1; }`);
// longs: String, because an int64 does not fit a JS number; the default would be a Long object.
const definition = protoLoader.loadSync(join(dir, 'orders.proto'), { keepCase: true, longs: String });
const list = (definition['orders.v1.Orders'] as ServiceDefinition).List!;

// 100 orders of 1-4 lines, with varied values from a seeded generator (same bytes every run).
let seed = 42; // Park-Miller generator: small integers, exact in doubles
const next = (max: number): number => (seed = (seed * 48_271) % 2_147_483_647) % max;
const page = {
  orders: Array.from({ length: 100 }, (_, i) => ({
    id: `ord_${next(36 ** 6).toString(36).padStart(6, '0')}`,
    created_at: String(1_764_000_000 + i * 37 + next(30)),
    lines: Array.from({ length: 1 + next(4) }, () => ({ sku: `sku-${next(5000)}`, quantity: 1 + next(9), price_cents: String(99 + next(20_000)) })),
    paid: next(2) === 0,
  })),
};
type Page = typeof page;
const json = Buffer.from(JSON.stringify(page));
const proto = list.requestSerialize(page);
const pct = (a: number, b: number): string => `${Math.round((a / b) * 100)}%`;
console.log('JSON     :', json.length, 'bytes | gzip:', gzipSync(json).length);
console.log('protobuf :', proto.length, 'bytes | gzip:', gzipSync(proto).length, `| raw size ${pct(proto.length, json.length)} of JSON`);
const back = list.requestDeserialize(proto) as Page;
const same = JSON.stringify(back) === JSON.stringify(page);
console.log('decoded equals the original:', same, '| price_cents arrives as a', typeof back.orders[0]!.lines[0]!.price_cents);
rmSync(dir, { recursive: true, force: true });
