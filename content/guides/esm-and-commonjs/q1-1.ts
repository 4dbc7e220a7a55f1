// @predict
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

// A throwaway project: write the files, run node on one, report what happened.
const root = mkdtempSync(join(tmpdir(), 'esm-q1-'));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}
function run(entry: string): string {
  const r = spawnSync(process.execPath, [entry], { cwd: root, encoding: 'utf8' });
  const warning = r.stderr.match(/\[(MODULE_TYPELESS_PACKAGE_JSON)\]/)?.[1];
  const error = r.stderr.match(/^(\w*Error: .*)$/m)?.[1];
  return [r.stdout.trim(), error, warning && `(warning ${warning})`].filter(Boolean).join(' ');
}

// Each file reports the module system it was loaded as.
const report = "console.log(typeof module === 'object' ? 'commonjs' : 'esm');";
write({
  'package.json': JSON.stringify({ name: 'app' }), // no "type": .js defaults to CommonJS
  'a.mjs': report,
  'b.cjs': report,
  'c.js': report,
  'd.js': `import 'node:path';\n${report}`, // ESM syntax in a typeless .js file
  'esm/package.json': JSON.stringify({ type: 'module' }), // nearest package.json wins
  'esm/e.js': report,
  'esm/f.js': `const path = require('node:path');\n${report}`,
  'esm/g.cjs': report,
});

for (const file of ['a.mjs', 'b.cjs', 'c.js', 'd.js', 'esm/e.js', 'esm/f.js', 'esm/g.cjs']) {
  console.log(file.padEnd(10), '->', run(file));
}
rmSync(root, { recursive: true, force: true });
