import { spawnSync } from 'node:child_process';

const probe = `
function area(r) { return r.w * r.h; }
%PrepareFunctionForOptimization(area);
area({ w: 2, h: 3 });
area({ w: 4, h: 5 });
%OptimizeFunctionOnNextCall(area);
area({ w: 6, h: 7 });
console.log('optimised for shape {w,h}:', %ActiveTierIsTurbofan(area));
area({ h: 3, w: 2 });                         // a shape the optimised code never saw
console.log('still optimised after {h,w}:', %ActiveTierIsTurbofan(area));
`;

const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--trace-deopt', '-e', probe], { encoding: 'utf8' });
if (child.status !== 0) throw new Error(child.stderr);
// --trace-deopt prints one "[bailout (kind: ..., reason: ...)" line per deoptimisation; keep kind and reason.
const lines = child.stdout.split('\n');
for (const line of lines) if (/^[a-z]/.test(line)) console.log(line);
for (const line of lines) {
  const bailout = /^\[bailout \(kind: ([\w-]+), reason: ([^)]+)\)/.exec(line);
  if (bailout) console.log(`--trace-deopt: kind=${bailout[1]} reason="${bailout[2]}"`);
}
