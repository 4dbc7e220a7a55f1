// @predict
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = mkdtempSync(join(tmpdir(), 'esm-q2-'));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

write({
  'package.json': JSON.stringify({ name: 'app', type: 'module' }),
  // The same counter written both ways.
  'counter.js': "console.log('0. counter.js evaluated first');\n" +
    'export let count = 0;\nexport function increment() { count++; }\n',
  'counter.cjs': 'let count = 0;\nmodule.exports = { count, increment() { count++; } };\n',
  'main.js': `
import { count, increment } from './counter.js';
import cjs from './counter.cjs';
import { basename } from 'node:path';

console.log('1. main.js body starts (static imports already loaded and ran)');
increment();
cjs.increment();
console.log('2. ESM live binding after increment:', count);
console.log('3. CJS copied value after increment:', cjs.count);
try { count = 5; } catch (e) { console.log('4. assigning an import:', e.constructor.name); }
console.log('5. top-level this:', this, '| __dirname:', typeof __dirname);
console.log('6. import.meta.filename:', basename(import.meta.filename),
  '| dirname is cwd:', import.meta.dirname === process.cwd());
const late = await import('./counter.js');
console.log('7. dynamic import is the same instance:', late.count);
`,
});

const r = spawnSync(process.execPath, ['main.js'], { cwd: root, encoding: 'utf8' });
process.stdout.write(r.stdout);
rmSync(root, { recursive: true, force: true });
