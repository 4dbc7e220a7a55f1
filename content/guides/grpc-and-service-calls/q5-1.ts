import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const dir = mkdtempSync(join(tmpdir(), 'grpc-q5-'));
writeFileSync(join(dir, 'hop.proto'), `syntax = "proto3";
package demo;
service Hop { rpc Call (Req) returns (Res); }
message Req { string mode = 1; }
message Res { string note = 1; }`);
const service = protoLoader.loadSync(join(dir, 'hop.proto'))['demo.Hop'] as grpc.ServiceDefinition;
const Client = grpc.makeGenericClientConstructor(service, 'Hop');
type Req = { mode: string };
type Res = { note: string };
type ServiceClient = InstanceType<grpc.ServiceClientConstructor>; // a client with the service's methods
type Handler = (call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => void;

async function start(handler: Handler): Promise<{ server: grpc.Server; client: ServiceClient }> {
  const server = new grpc.Server();
  server.addService(service, { Call: handler });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  return { server, client: new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) };
}
function call(client: ServiceClient, req: Req, options: grpc.CallOptions): { done: Promise<string>; cancel: () => void } {
  let cancel = (): void => {};
  const done = new Promise<string>((resolve) => {
    const c = client.Call!(req, options, (err: grpc.ServiceError | null, res: Res) =>
      resolve(err ? grpc.status[err.code]! : res.note));
    cancel = () => c.cancel();
  });
  return { done, cancel };
}

// C, the last hop: reports the deadline it was given; in "hang" mode it never answers.
let cReceived!: () => void;
let cCancelled!: () => void;
const cGotCall = new Promise<void>((r) => (cReceived = r));
const cSawCancel = new Promise<void>((r) => (cCancelled = r));
const c = await start((callC, callback) => {
  if (callC.request.mode !== 'hang') { const d = callC.getDeadline(); return callback(null, { note: String(d instanceof Date ? d.getTime() : d) }); }
  callC.on('cancelled', () => cCancelled());
  cReceived();
});

// B, the middle hop: forwards to C, with or without propagating from its own incoming call.
const b = await start((callB, callback) => {
  const propagate = callB.request.mode !== 'no-propagation';
  const options: grpc.CallOptions = propagate ? { parent: callB, propagate_flags: grpc.propagate.DEFAULTS } : {};
  call(c.client, callB.request, options).done.then((note) => callback(null, { note }));
});

const inOneMinute = new Date(Date.now() + 60_000);
const propagated = Number(await call(b.client, { mode: 'report' }, { deadline: inOneMinute }).done);
// grpc-timeout travels as a relative duration, so each hop's absolute deadline drifts by the transit time.
console.log('1. with propagation, C\'s deadline is A\'s (within 5 s of transit):', Math.abs(propagated - inOneMinute.getTime()) < 5_000);
console.log('2. without propagation, C\'s deadline is:', await call(b.client, { mode: 'no-propagation' }, { deadline: inOneMinute }).done);

// 3. A cancels (the user closed the page): the cancellation travels through B to C.
const pending = call(b.client, { mode: 'hang' }, { deadline: inOneMinute });
await cGotCall;
pending.cancel();
console.log('3. A sees:', await pending.done);
await cSawCancel;
console.log('   C saw the cancellation and can stop working: true');

// 4. A short deadline on a call nobody answers: the client gives up by itself.
console.log('4. 200 ms deadline, no answer ->', await call(b.client, { mode: 'hang' }, { deadline: Date.now() + 200 }).done);

for (const hop of [b, c]) { hop.client.close(); hop.server.forceShutdown(); }
rmSync(dir, { recursive: true, force: true });
