import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = mkdtempSync(join(tmpdir(), 'esm-q4-'));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

write({
  'package.json': JSON.stringify({ name: 'app', type: 'module' }),
  // Four common ways CommonJS code exports things.
  'assigned.cjs': 'exports.parse = () => 1;\nexports.format = () => 2;\n',
  'shorthand.cjs': 'function parse() {}\nfunction format() {}\nmodule.exports = { parse, format };\n',
  'computed.cjs': "for (const name of ['parse', 'format']) exports[name] = () => name;\n",
  // What TypeScript or Babel emit for `export default function greet` compiled to CommonJS.
  'transpiled.cjs': [
    "Object.defineProperty(exports, '__esModule', { value: true });",
    "exports.default = function greet() { return 'hi'; };",
  ].join('\n'),
  'main.js': `
import * as assigned from './assigned.cjs';
import * as shorthand from './shorthand.cjs';
import * as computed from './computed.cjs';
import greet from './transpiled.cjs';
import { createRequire } from 'node:module';

const names = (ns) => Object.keys(ns).filter((k) => k !== 'default' && k !== 'module.exports').join(', ') || '(none)';
console.log('named exports found in assigned.cjs: ', names(assigned));
console.log('named exports found in shorthand.cjs:', names(shorthand));
console.log('named exports found in computed.cjs: ', names(computed));
console.log('computed.cjs default (module.exports):', Object.keys(computed.default).join(', '));
console.log('default import of transpiled.cjs is a', typeof greet, '-> greet.default is a', typeof greet.default);
const require = createRequire(import.meta.url);
console.log('require() from ESM via createRequire:', typeof require('./assigned.cjs').parse);
`,
});

const r = spawnSync(process.execPath, ['main.js'], { cwd: root, encoding: 'utf8' });
process.stdout.write(r.stdout || r.stderr);
rmSync(root, { recursive: true, force: true });
