// @predict
import { spawnSync } from 'node:child_process';

const probe = `
let report = { rows: new Array(10000).fill(0) };
const ref = new WeakRef(report);
const registry = new FinalizationRegistry(() => {});   // callbacks are not guaranteed to run at all
registry.register(report, 'report-1');
report = null;                                          // the WeakRef is now the only reference
globalThis.gc();
console.log('same job, after a full GC, deref() still returns it:', ref.deref() !== undefined);
setImmediate(() => {
  globalThis.gc();
  console.log('later task, after a full GC, deref() returns it:', ref.deref() !== undefined);
});
`;

const child = spawnSync(process.execPath, ['--expose-gc', '-e', probe], { encoding: 'utf8' });
if (child.status !== 0) throw new Error(child.stderr);
process.stdout.write(child.stdout);
