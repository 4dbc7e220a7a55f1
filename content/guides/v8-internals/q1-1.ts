import { spawnSync } from 'node:child_process';

// %-functions are V8 test hooks: a syntax error without --allow-natives-syntax, so they run in a child.
const probe = `
function area(r) { return r.w * r.h; }
const box = { w: 2, h: 3 };
area(box);
console.log('after one call, Ignition bytecode:', %ActiveTierIsIgnition(area));
%CompileBaseline(area);
console.log('after baseline compile, Sparkplug:', %ActiveTierIsSparkplug(area));
%PrepareFunctionForOptimization(area);
area(box);
%OptimizeMaglevOnNextCall(area);
area(box);
console.log('after forced mid-tier compile, Maglev:', %ActiveTierIsMaglev(area));
%OptimizeFunctionOnNextCall(area);
area(box);
console.log('after forced top-tier compile, TurboFan:', %ActiveTierIsTurbofan(area));
`;

const child = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', probe], { encoding: 'utf8' });
if (child.status !== 0) throw new Error(child.stderr);
console.log(`V8 ${process.versions.v8.split('.').slice(0, 2).join('.')} in Node ${process.versions.node.split('.')[0]}`);
process.stdout.write(child.stdout);
