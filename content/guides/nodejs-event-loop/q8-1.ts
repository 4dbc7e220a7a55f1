import { EventEmitter, once } from 'node:events';
import { spawnSync } from 'node:child_process';

// 1) 'error' with no listener: emit() throws the error synchronously.
const upload = new EventEmitter();
try {
  upload.emit('error', new Error('disk full'));
} catch (err) {
  console.log(`no 'error' listener -> emit() threw: ${(err as Error).message}`);
}
upload.on('error', (err: Error) => console.log(`with a listener -> handled: ${err.message}`));
upload.emit('error', new Error('disk full'));

// 2) events.once() turns an 'error' event into a rejected promise.
const job = new EventEmitter();
const finished = once(job, 'finished');
job.emit('error', new Error('worker crashed'));
await finished.catch((err: Error) => console.log(`once(job, 'finished') rejected: ${err.message}`));

// 3) The classic leak: one listener per request on a long-lived emitter.
//    Run in a child process to show the warning Node prints on stderr.
const leaky = `
  import { EventEmitter } from 'node:events';
  const configBus = new EventEmitter();
  for (let request = 1; request <= 11; request++) configBus.on('reload', () => {});`;
const { stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', leaky], { encoding: 'utf8' });
console.log(stderr.split('\n')[0]!.replace(/^\(node:\d+\) /, ''));

// Fix: remove the listener when the request is over.
const configBus = new EventEmitter();
async function handleRequest(): Promise<void> {
  const onReload = (): void => {};
  configBus.on('reload', onReload);
  try {
    await Promise.resolve(); // ...the request's real work...
  } finally {
    configBus.off('reload', onReload);
  }
}
for (let i = 0; i < 100; i++) await handleRequest();
console.log(`listeners after 100 requests with cleanup: ${configBus.listenerCount('reload')}`);
