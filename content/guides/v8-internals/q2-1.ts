// @predict
import { spawnSync } from 'node:child_process';

const probe = `
function makeUser(id, name) { return { id, name }; }           // same properties, same order
const a = makeUser(1, 'ada');
const b = makeUser(2, 'linus');
const c = { name: 'grace', id: 3 };                              // same properties, other order
const d = makeUser(4, 'barbara'); d.admin = true;                // one property added later
const e = makeUser(5, 'ken'); delete e.name;                     // a property deleted
console.log('a and b share a hidden class:', %HaveSameMap(a, b));
console.log('a and c (other order) share one:', %HaveSameMap(a, c));
console.log('a and d (extra property) share one:', %HaveSameMap(a, d));
console.log('d still has fast properties:', %HasFastProperties(d));
console.log('e (after delete) has fast properties:', %HasFastProperties(e));
`;

const child = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', probe], { encoding: 'utf8' });
if (child.status !== 0) throw new Error(child.stderr);
process.stdout.write(child.stdout);
