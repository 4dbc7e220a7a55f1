import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = mkdtempSync(join(tmpdir(), 'esm-q8-'));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

write({
  'package.json': JSON.stringify({
    name: '@acme/orders',
    type: 'module',
    exports: { '.': './src/index.js' },
    imports: {
      '#db': { development: './src/db/memory.js', default: './src/db/postgres.js' },
      '#lib/*': './src/lib/*.js',
    },
  }),
  'src/db/memory.js': "export const driver = 'in-memory';",
  'src/db/postgres.js': "export const driver = 'postgres';",
  'src/lib/money.js': 'export const cents = (n) => Math.round(n * 100);',
  'src/index.js': "export const name = 'orders';",
  'src/features/checkout/total.js': `
import { driver } from '#db';
import { cents } from '#lib/money';
import { name } from '@acme/orders'; // a package may import itself through its own "exports"
console.log('db driver:', driver, '| cents(19.99):', cents(19.99), '| self-reference:', name);
try { await import('#missing'); } catch (error) { console.log('#missing ->', error.code); }
`,
});

for (const flags of [[], ['--conditions=development']]) {
  const r = spawnSync(process.execPath, [...flags, 'src/features/checkout/total.js'], { cwd: root, encoding: 'utf8' });
  console.log(`node ${[...flags, 'total.js'].join(' ')}`);
  process.stdout.write(r.stdout || r.stderr);
}
rmSync(root, { recursive: true, force: true });
