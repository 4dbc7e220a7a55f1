import { spawnSync } from 'node:child_process';

// Runs a snippet in a fresh Node process and reports how that process ended.
function run(label: string, code: string): void {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  const output = `${child.stdout}${child.stderr}`.split('\n');
  const firstLine = output.find((line) => /^(\w*Error:|log:)/.test(line)) ?? '(no output)';
  console.log(`${label.padEnd(36)} exit=${child.status}  ${firstLine}`);
}

run('unhandled rejection (default)', `
  Promise.reject(new Error('db timeout'));
  setTimeout(() => console.log('log: never printed'), 100);`);

run('catch attached one macrotask late', `
  const p = Promise.reject(new Error('late catch'));
  setTimeout(() => p.catch(() => {}), 0);`);

run('throw inside a timer callback', `
  setTimeout(() => { throw new TypeError('x is undefined'); }, 0);`);

run('unhandledRejection handler only', `
  process.on('unhandledRejection', (reason) => console.log('log: swallowed', reason.message));
  Promise.reject(new Error('db timeout'));`);

run('uncaughtException as last resort', `
  process.on('uncaughtException', (err, origin) => {
    console.error('log: fatal', origin, err.message); // log synchronously, then exit
    process.exit(1);
  });
  Promise.reject(new Error('db timeout'));`);
