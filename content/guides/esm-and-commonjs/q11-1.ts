import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = realpathSync(mkdtempSync(join(tmpdir(), 'esm-q11-')));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}
function run(...args: string[]): string {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return (r.stdout.trim() || r.stderr.match(/^(\w*Error.*)$/m)?.[1] || '').replaceAll(root, '<tmp>');
}

write({
  'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*', 'apps/*'] }),
  'packages/money/package.json': JSON.stringify({
    name: '@acme/money',
    version: '1.0.0',
    type: 'module',
    // In the monorepo, "development" points at the TypeScript source; published builds use dist.
    exports: { '.': { development: './src/index.ts', default: './dist/index.js' } },
    dependencies: { 'left-pad': '^1.3.0' },
  }),
  'packages/money/src/index.ts': "export const format = (cents: number): string => `source: ${(cents / 100).toFixed(2)} EUR`;",
  'packages/money/dist/index.js': 'export const format = (cents) => `dist: ${(cents / 100).toFixed(2)} EUR`;',
  'apps/api/package.json': JSON.stringify({ name: '@acme/api', type: 'module', dependencies: { '@acme/money': '*' } }),
  'apps/api/main.ts': `
import { format } from '@acme/money';
console.log(format(1999), '| resolved to', import.meta.resolve('@acme/money'));
try {
  await import('left-pad'); // not in @acme/api's dependencies, but hoisted to the root
  console.log('left-pad resolved from the root node_modules, undeclared: a phantom dependency');
} catch (error) { console.log('left-pad:', error.code); }
`,
  // What npm install puts at the root: the hoisted third-party package...
  'node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', main: 'index.js' }),
  'node_modules/left-pad/index.js': 'module.exports = (s, n) => String(s).padStart(n);',
});
// ...and a symlink per workspace, so packages import each other by name.
mkdirSync(join(root, 'node_modules/@acme'));
symlinkSync('../../packages/money', join(root, 'node_modules/@acme/money'), 'dir');
symlinkSync('../../apps/api', join(root, 'node_modules/@acme/api'), 'dir');

console.log('node apps/api/main.ts');
console.log(run('apps/api/main.ts').replace(/^/gm, '  '));
console.log('node --conditions=development apps/api/main.ts');
console.log(run('--conditions=development', 'apps/api/main.ts').replace(/^/gm, '  '));
rmSync(root, { recursive: true, force: true });
