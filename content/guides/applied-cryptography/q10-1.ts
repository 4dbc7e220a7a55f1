import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A scratch layout: an app, a data folder it may read, a secret it may not.
const root = mkdtempSync(join(tmpdir(), 'perm-'));
mkdirSync(join(root, 'data'));
writeFileSync(join(root, 'data', 'catalog.json'), '{"items":3}');
writeFileSync(join(root, 'secret.env'), 'DB_PASSWORD=hunter2');

// The child program tries each operation and prints the outcome.
const app = join(root, 'app.mjs');
writeFileSync(app, `
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
const tryIt = (label, fn) => {
  try { fn(); console.log(label.padEnd(22), 'allowed'); }
  catch (e) { console.log(label.padEnd(22), e.code, e.permission ?? ''); }
};
tryIt('read data/catalog.json', () => readFileSync(${JSON.stringify(join(root, 'data', 'catalog.json'))}));
tryIt('read secret.env', () => readFileSync(${JSON.stringify(join(root, 'secret.env'))}));
tryIt('write data/out.txt', () => writeFileSync(${JSON.stringify(join(root, 'data', 'out.txt'))}, 'x'));
tryIt('spawn a process', () => execFileSync(process.execPath, ['-e', '0']));
tryIt('start a worker', () => new Worker('0', { eval: true }).terminate());
console.log('permission.has fs.read secret:', process.permission?.has('fs.read', ${JSON.stringify(join(root, 'secret.env'))}) ?? 'no model');
`);

function run(label: string, flags: string[]): void {
  console.log(`--- ${label}`);
  // process.execPath is the Node running this file (Node 24 here), so the flags match its version.
  const out = execFileSync(process.execPath, [...flags, app], { encoding: 'utf8' });
  process.stdout.write(out);
}

run('no flags: everything allowed', []);
// The entry script is readable without a flag; everything else must be granted.
run('--permission, read only data/', ['--permission', `--allow-fs-read=${join(root, 'data')}`]);
console.log('node major:', process.versions.node.split('.')[0]);
rmSync(root, { recursive: true, force: true });
