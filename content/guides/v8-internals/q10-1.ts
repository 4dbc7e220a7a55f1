// @predict
import { spawnSync } from 'node:child_process';

// %DebugPrint writes a value's internals to stdout; its first " - type:" line names the string representation.
function representation(setup: string): string {
  const code = `${setup}\n%DebugPrint(s);`;
  const child = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', code], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return /^ - type: (\w+)/m.exec(child.stdout)?.[1] ?? 'unknown';
}

const built = `let s = ''; for (let i = 0; i < 8; i++) s += 'row ' + i + ';';`;
const cases: [string, string][] = [
  ['built with +=', built],
  ['slice of a long string', `const long = 'row;'.repeat(50) + Date.now(); const s = long.slice(10, 60);`],
  ['after JSON round trip', `${built} s = JSON.parse(JSON.stringify(s));`],
  ['ASCII literal', `const s = 'total: 10 EUR';`],
  ['literal with a euro sign', `const s = 'total: 10 \\u20ac';`],
];
for (const [label, setup] of cases) console.log(`${label.padEnd(26)} ${representation(setup)}`);
