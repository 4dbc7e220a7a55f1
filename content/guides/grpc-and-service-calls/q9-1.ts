import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

// Test-only certificates in certs/ next to this file: the keys are public, never trust them anywhere else.
const pem = (name: string): Buffer => readFileSync(join(import.meta.dirname, 'certs', `${name}.pem`));

const dir = mkdtempSync(join(tmpdir(), 'grpc-q9-'));
writeFileSync(join(dir, 'inventory.proto'), `syntax = "proto3";
package shop.v1;
service Inventory { rpc Reserve (Req) returns (Res); }
message Req { string sku = 1; }
message Res { string note = 1; }`);
const service = protoLoader.loadSync(join(dir, 'inventory.proto'))['shop.v1.Inventory'] as grpc.ServiceDefinition;
const Client = grpc.makeGenericClientConstructor(service, 'Inventory');

// Authorisation by workload identity: the SPIFFE ID in the client certificate's URI SAN.
const allowedCallers = new Set(['spiffe://shop.internal/ns/prod/sa/orders']);
const server = new grpc.Server();
server.addService(service, {
  Reserve(call: grpc.ServerUnaryCall<{ sku: string }, { note: string }>, callback: grpc.sendUnaryData<{ note: string }>) {
    const san = call.getAuthContext().sslPeerCertificate?.subjectaltname ?? '';
    const caller = san.replace(/^URI:/, '');
    if (!allowedCallers.has(caller)) return callback({ code: grpc.status.PERMISSION_DENIED, details: `${caller} may not reserve` });
    callback(null, { note: `reserved ${call.request.sku} for ${caller}` });
  },
});
// checkClientCertificate = true: the TLS handshake requires a client certificate signed by our CA.
const serverCredentials = grpc.ServerCredentials.createSsl(pem('ca'), [{ cert_chain: pem('server'), private_key: pem('server-key') }], true);
const port = await new Promise<number>((resolve, reject) =>
  server.bindAsync('127.0.0.1:0', serverCredentials, (err, p) => (err ? reject(err) : resolve(p))));

function reserveAs(identity: string | null): Promise<string> {
  const credentials = identity
    ? grpc.credentials.createSsl(pem('ca'), pem(`${identity}-key`), pem(identity))
    : grpc.credentials.createSsl(pem('ca')); // server-authenticated TLS only
  // The client checks the server's name too: the certificate must say inventory.shop.internal.
  const client = new Client(`127.0.0.1:${port}`, credentials, { 'grpc.ssl_target_name_override': 'inventory.shop.internal' });
  return new Promise((resolve) => {
    client.Reserve!({ sku: 'cup' }, { deadline: Date.now() + 10_000 }, (err: grpc.ServiceError | null, res: { note: string }) => {
      client.close();
      // A failed handshake surfaces as UNAVAILABLE; its details vary with the TLS library, so print the code only.
      resolve(err ? grpc.status[err.code] + (err.code === grpc.status.PERMISSION_DENIED ? ` (${err.details})` : '') : res.note);
    });
  });
}
console.log('orders (our CA)           ->', await reserveAs('orders'));
console.log('reports (our CA)          ->', await reserveAs('reports'));
console.log('no client certificate     ->', await reserveAs(null));
console.log('"orders" signed elsewhere ->', await reserveAs('intruder'));
server.forceShutdown();
rmSync(dir, { recursive: true, force: true });
