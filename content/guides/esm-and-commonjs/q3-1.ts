// @predict
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = mkdtempSync(join(tmpdir(), 'esm-q3-'));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}
// Runs one probe file and returns one result per specifier: 'ok' or the error code.
function probe(entry: string, specifiers: string[]): string[] {
  const env = { ...process.env, NODE_PATH: join(root, 'shared') };
  const r = spawnSync(process.execPath, [entry, ...specifiers], { cwd: root, encoding: 'utf8', env });
  return r.stdout.trim().split('\n');
}

write({
  'package.json': JSON.stringify({ name: 'app' }),
  'util.js': 'exports.ok = true;',
  'lib/index.js': 'exports.ok = true;',
  'shared/helpers.js': 'exports.ok = true;', // reachable only through NODE_PATH
  'probe.cjs': `for (const s of process.argv.slice(2)) {
  try { require(s); console.log('ok'); } catch (e) { console.log(e.code); }
}`,
  'probe.mjs': `for (const s of process.argv.slice(2)) {
  try { await import(s); console.log('ok'); } catch (e) { console.log(e.code); }
}`,
});

const specifiers = ['./util', './util.js', './lib', './lib/index.js', 'helpers', 'node:fs', 'fs'];
const viaRequire = probe('probe.cjs', specifiers);
const viaImport = probe('probe.mjs', specifiers);
specifiers.forEach((specifier, i) => {
  console.log(specifier.padEnd(16), 'require:', viaRequire[i]?.padEnd(22), 'import:', viaImport[i]);
});
rmSync(root, { recursive: true, force: true });
