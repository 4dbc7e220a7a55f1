// @predict
import { spawnSync } from 'node:child_process';

const probe = `
function kind(a) {
  const holey = %HasHoleyElements(a) ? 'HOLEY' : 'PACKED';
  const type = %HasSmiElements(a) ? 'SMI' : %HasDoubleElements(a) ? 'DOUBLE' : 'ELEMENTS';
  return holey + '_' + type;
}
const ids = [1, 2, 3];
console.log('[1, 2, 3]              ', kind(ids));
ids.push(4.5);
console.log('push(4.5)              ', kind(ids));
ids.pop();
console.log('pop() again            ', kind(ids));
ids.push('x');
console.log("push('x')              ", kind(ids));
console.log('new Array(3)           ', kind(new Array(3)));
const filled = new Array(3); filled[0] = 1; filled[1] = 2; filled[2] = 3;
console.log('new Array(3), filled   ', kind(filled));
console.log('Array.from({length:3}) ', kind(Array.from({ length: 3 }, (_, i) => i)));
const sparse = []; sparse[100000] = 1;
console.log('[] then a[100000] = 1   dictionary:', %HasDictionaryElements(sparse));
`;

const child = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', probe], { encoding: 'utf8' });
if (child.status !== 0) throw new Error(child.stderr);
process.stdout.write(child.stdout);
