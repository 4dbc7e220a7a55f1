import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = mkdtempSync(join(tmpdir(), 'esm-q7-'));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

// The same tiny library, built twice: an ESM file and a CommonJS file with identical logic.
const esmBuild = 'export class AppError extends Error {}\nconst seen = new Set();\nexport function register(n) { seen.add(n); return seen.size; }\n';
const cjsBuild = 'class AppError extends Error {}\nconst seen = new Set();\nexports.AppError = AppError;\nexports.register = (n) => { seen.add(n); return seen.size; };\n';

function library(name: string, exports: Record<string, string>): Record<string, string> {
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify({ name, exports: { '.': exports } }),
    [`node_modules/${name}/index.mjs`]: esmBuild,
    [`node_modules/${name}/index.cjs`]: cjsBuild,
  };
}

write({
  'package.json': JSON.stringify({ name: 'app', type: 'module' }),
  // Classic dual package: import gets the ESM build, require gets the CommonJS build.
  ...library('dual-lib', { import: './index.mjs', require: './index.cjs' }),
  // module-sync: on Node with require(esm), both import and require get the ESM build.
  ...library('sync-lib', { 'module-sync': './index.mjs', import: './index.mjs', require: './index.cjs' }),
  // A CommonJS dependency of the app that uses the library too.
  'node_modules/legacy-plugin/package.json': JSON.stringify({ name: 'legacy-plugin', main: 'index.js' }),
  'node_modules/legacy-plugin/index.js': `
module.exports = (lib) => {
  const { AppError, register } = require(lib);
  return { fail: () => { throw new AppError('from plugin'); }, register };
};`,
  'main.js': `
import plugin from 'legacy-plugin';
for (const lib of ['dual-lib', 'sync-lib']) {
  const { AppError, register } = await import(lib);
  const fromPlugin = plugin(lib);
  register('a');
  let sameClass;
  try { fromPlugin.fail(); } catch (error) { sameClass = error instanceof AppError; }
  console.log(lib.padEnd(9), '| instanceof AppError:', sameClass, '| registry size seen by plugin after app registered "a":', fromPlugin.register('b'));
}
`,
});

const r = spawnSync(process.execPath, ['main.js'], { cwd: root, encoding: 'utf8' });
process.stdout.write(r.stdout || r.stderr);
rmSync(root, { recursive: true, force: true });
