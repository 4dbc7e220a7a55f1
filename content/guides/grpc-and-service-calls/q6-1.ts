import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const dir = mkdtempSync(join(tmpdir(), 'grpc-q6-'));
writeFileSync(join(dir, 'pay.proto'), `syntax = "proto3";
package pay.v1;
service Ledger { rpc Balance (Req) returns (Res); }
message Req { string scenario = 1; }
message Res { string note = 1; }`);
const service = protoLoader.loadSync(join(dir, 'pay.proto'))['pay.v1.Ledger'] as grpc.ServiceDefinition;
const Client = grpc.makeGenericClientConstructor(service, 'Ledger');

// The server fails on purpose, per scenario, and counts the attempts it sees.
const attempts = new Map<string, number>();
const server = new grpc.Server();
server.addService(service, {
  Balance(call: grpc.ServerUnaryCall<{ scenario: string }, { note: string }>, callback: grpc.sendUnaryData<{ note: string }>) {
    const { scenario } = call.request;
    const n = (attempts.get(scenario) ?? 0) + 1;
    attempts.set(scenario, n);
    const previous = call.metadata.get('grpc-previous-rpc-attempts')[0] ?? '0';
    if (scenario === 'flaky' && n < 3) return callback({ code: grpc.status.UNAVAILABLE, details: 'overloaded' });
    if (scenario === 'bug') return callback({ code: grpc.status.INTERNAL, details: 'null pointer' });
    if (scenario.startsWith('down')) return callback({ code: grpc.status.UNAVAILABLE, details: 'down' });
    callback(null, { note: `ok on attempt ${n} (header grpc-previous-rpc-attempts: ${previous})` });
  },
});
const port = await new Promise<number>((resolve, reject) =>
  server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));

// The retry policy lives in the service config, not in application code.
const serviceConfig = {
  methodConfig: [{
    name: [{ service: 'pay.v1.Ledger' }],
    retryPolicy: {
      maxAttempts: 4,
      initialBackoff: '0.05s',
      maxBackoff: '1s',
      backoffMultiplier: 2,
      retryableStatusCodes: ['UNAVAILABLE'],
    },
  }],
  // Token bucket shared by the channel: failures spend a token, successes refill 0.5;
  // retries stop while fewer than half the tokens are left.
  retryThrottling: { maxTokens: 6, tokenRatio: 0.5 },
};
const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
  'grpc.service_config': JSON.stringify(serviceConfig),
});
const balance = (scenario: string): Promise<string> => new Promise((resolve) =>
  client.Balance!({ scenario }, (err: grpc.ServiceError | null, res: { note: string }) =>
    resolve(err ? `${grpc.status[err.code]} (${err.details})` : res.note)));

for (const scenario of ['flaky', 'bug', 'down-1', 'down-2', 'down-3']) {
  const result = await balance(scenario);
  console.log(scenario.padEnd(7), '->', result, '| server saw', attempts.get(scenario), 'attempt(s)');
}
client.close();
server.forceShutdown();
rmSync(dir, { recursive: true, force: true });
