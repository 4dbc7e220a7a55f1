import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const dir = mkdtempSync(join(tmpdir(), 'grpc-q7-'));
writeFileSync(join(dir, 'orders.proto'), `syntax = "proto3";
package orders.v1;
service Orders {
  rpc Create (CreateOrder) returns (Order);
  rpc Cancel (CreateOrder) returns (Order);
}
message CreateOrder { string sku = 1; int32 quantity = 2; }
message Order { string id = 1; }`);
const service = protoLoader.loadSync(join(dir, 'orders.proto'))['orders.v1.Orders'] as grpc.ServiceDefinition;
const Client = grpc.makeGenericClientConstructor(service, 'Orders');
type Create = { sku: string; quantity: number };

const unhandled: string[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(String(reason)));

const server = new grpc.Server();
// Cancel is deliberately not implemented: grpc-js answers UNIMPLEMENTED for it.
server.addService(service, {
  Create(call: grpc.ServerUnaryCall<Create, unknown>, callback: grpc.sendUnaryData<unknown>) {
    const { sku, quantity } = call.request;
    if (quantity <= 0) {
      const trailers = new grpc.Metadata();
      trailers.set('field-violation', 'quantity: must be at least 1'); // machine-readable detail
      return callback({ code: grpc.status.INVALID_ARGUMENT, details: 'invalid order', metadata: trailers });
    }
    if (sku === 'discontinued') return callback({ code: grpc.status.FAILED_PRECONDITION, details: 'sku no longer sold' });
    if (sku === 'plain-error') return callback(new Error('database said no'));
    if (sku === 'throws') throw new Error('bug in handler');
    // grpc-js ignores a handler's returned promise: an async bug never reaches the callback.
    if (sku === 'async-bug') return void (async () => { throw new Error('async bug'); })();
    callback(null, { id: 'o-1' });
  },
} as grpc.UntypedServiceImplementation);
const port = await new Promise<number>((resolve, reject) =>
  server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as Record<string, Function>;

function invoke(method: string, req: Create, deadlineMs = 5_000): Promise<string> {
  return new Promise((resolve) => client[method]!(req, { deadline: Date.now() + deadlineMs }, (err: grpc.ServiceError | null) => {
    if (!err) return resolve('OK');
    const violation = err.metadata.get('field-violation')[0];
    // Deadline details carry timings; the code is what matters.
    const details = err.code === grpc.status.DEADLINE_EXCEEDED ? '' : ` "${err.details}"`;
    resolve(`${grpc.status[err.code]} (${err.code})${details}${violation ? ` + trailer field-violation: ${violation}` : ''}`);
  }));
}
console.log('valid order       ->', await invoke('Create', { sku: 'cup', quantity: 1 }));
console.log('quantity 0        ->', await invoke('Create', { sku: 'cup', quantity: 0 }));
console.log('discontinued sku  ->', await invoke('Create', { sku: 'discontinued', quantity: 1 }));
console.log('plain Error       ->', await invoke('Create', { sku: 'plain-error', quantity: 1 }));
console.log('handler throws    ->', await invoke('Create', { sku: 'throws', quantity: 1 }));
console.log('async handler bug ->', await invoke('Create', { sku: 'async-bug', quantity: 1 }, 1_000));
console.log('Cancel            ->', await invoke('Cancel', { sku: 'cup', quantity: 1 }));
console.log('unhandled rejections on the server:', unhandled);
(client as unknown as grpc.Client).close();
server.forceShutdown();
rmSync(dir, { recursive: true, force: true });
