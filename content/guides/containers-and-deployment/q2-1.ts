import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

// Three versions of a service's entry point, run as child processes so we can signal them.
const programs: Record<string, string> = {
  'no handler': `
    setInterval(() => {}, 1000); // keeps running, like a server
    process.send('ready');`,
  'graceful': `
    const inFlight = new Set([Promise.resolve('job 1'), Promise.resolve('job 2')]);
    const timer = setInterval(() => {}, 1000);
    process.on('SIGTERM', async () => {
      console.log('SIGTERM: stop taking work, finish', inFlight.size, 'in-flight jobs');
      await Promise.all(inFlight);
      clearInterval(timer);
      console.log('drained; exiting 0');
      process.exitCode = 0; // let the event loop empty instead of process.exit()
      process.disconnect();
    });
    process.send('ready');`,
  'stuck': `
    setInterval(() => {}, 1000);
    process.on('SIGTERM', () => { console.log('SIGTERM received, but shutdown hangs'); process.send('hung'); });
    process.send('ready');`,
};

for (const [name, source] of Object.entries(programs)) {
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  createInterface({ input: child.stdout! }).on('line', (line) => console.log(`   [${name}] ${line}`));
  await once(child, 'message'); // handlers are installed
  const exited = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>; // 'close' waits for stdout too, so lines stay in order
  child.kill('SIGTERM'); // what docker stop / Kubernetes sends first
  if (name === 'stuck') {
    await once(child, 'message'); // stands in for terminationGracePeriodSeconds running out
    child.kill('SIGKILL');
  }
  const [code, signal] = await exited;
  // A shell or container runtime reports death by signal N as exit status 128 + N.
  const status = code ?? 128 + (signal === 'SIGTERM' ? 15 : 9);
  console.log(`${name.padEnd(10)} -> code ${code}, signal ${signal}, status a runtime reports: ${status}`);
}
