import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = mkdtempSync(join(tmpdir(), 'esm-q5-'));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

write({
  'package.json': JSON.stringify({ name: 'app', type: 'commonjs' }),
  'math.mjs': 'export const add = (a, b) => a + b;\nexport default function square(x) { return x * x; }\n',
  // Top-level await makes the module graph asynchronous: require() cannot return it synchronously.
  'config.mjs': "const settings = await Promise.resolve({ region: 'eu' });\nexport default settings;\n",
  // An ESM file can choose what require() returns by exporting the name "module.exports".
  'client.mjs': [
    'export default class Client {}',
    "export { Client as 'module.exports' };",
  ].join('\n'),
  'main.js': `
console.log('require(esm) supported:', process.features.require_module);

const math = require('./math.mjs');
console.log('namespace keys:', Object.keys(math).join(', '));
console.log('math.add(2, 3) =', math.add(2, 3), '| math.default(4) =', math.default(4));

try {
  require('./config.mjs');
} catch (error) {
  console.log('require(config.mjs):', error.code);
}
import('./config.mjs').then((config) => console.log('import(config.mjs):', config.default.region));

const Client = require('./client.mjs');
console.log('require(client.mjs) returns the class itself:', typeof Client, Client.name);
`,
});

const r = spawnSync(process.execPath, ['main.js'], { cwd: root, encoding: 'utf8' });
process.stdout.write(r.stdout || r.stderr);
rmSync(root, { recursive: true, force: true });
