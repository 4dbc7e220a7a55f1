import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const dir = mkdtempSync(join(tmpdir(), 'grpc-q8-'));
writeFileSync(join(dir, 'who.proto'), `syntax = "proto3";
package demo;
service Who { rpc Name (Empty) returns (Reply); }
message Empty {}
message Reply { string backend = 1; }`);
const service = protoLoader.loadSync(join(dir, 'who.proto'))['demo.Who'] as grpc.ServiceDefinition;
const Client = grpc.makeGenericClientConstructor(service, 'Who');

// Two replicas of the same service.
const servers: grpc.Server[] = [];
const addresses: string[] = [];
for (const backend of ['replica-a', 'replica-b']) {
  const server = new grpc.Server();
  server.addService(service, { Name: (_call: unknown, callback: grpc.sendUnaryData<{ backend: string }>) => callback(null, { backend }) });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  servers.push(server);
  addresses.push(`127.0.0.1:${port}`);
}
// One target that resolves to both addresses, like a headless Kubernetes Service in DNS.
const target = `ipv4:${addresses.join(',')}`;

async function spread(policy: 'pick_first' | 'round_robin'): Promise<string> {
  const client = new Client(target, grpc.credentials.createInsecure(), {
    'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ [policy]: {} }] }),
  });
  const name = (): Promise<string> => new Promise((resolve, reject) =>
    client.Name!({}, (err: Error | null, res: { backend: string }) => (err ? reject(err) : resolve(res.backend))));
  // Warm-up: round_robin connects to every address, but they become ready at different instants.
  const seen = new Set([await name()]);
  for (let i = 0; policy === 'round_robin' && seen.size < 2 && i < 50; i++) seen.add(await name());
  const counts = new Map<string, number>();
  for (let i = 0; i < 10; i++) {
    const backend = await name();
    counts.set(backend, (counts.get(backend) ?? 0) + 1);
  }
  client.close();
  return `${counts.size} backend(s) used, calls per backend: ${[...counts.values()].join(' + ')}`;
}
console.log('pick_first  (the default):', await spread('pick_first'));
console.log('round_robin              :', await spread('round_robin'));
for (const server of servers) server.forceShutdown();
rmSync(dir, { recursive: true, force: true });
