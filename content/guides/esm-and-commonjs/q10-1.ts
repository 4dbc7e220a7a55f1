import { mkdtempSync, mkdirSync, writeFileSync, rmSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

// realpath: error messages name the real path, which we replace with <tmp>.
const root = realpathSync(mkdtempSync(join(tmpdir(), 'esm-q10-')));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}
function run(entry: string): string {
  const r = spawnSync(process.execPath, [entry], { cwd: root, encoding: 'utf8' });
  const error = r.stderr.match(/^(\w*Error.*)$/m)?.[1] ?? `exit ${r.status}`;
  return (r.stdout.trim() || error).replaceAll(root, '<tmp>');
}

write({
  'package.json': JSON.stringify({ name: 'svc', type: 'module' }),
  'types.ts': 'export interface Order { id: string; total: number }\nexport const VERSION = 2;',
  'ok.ts': "import type { Order } from './types.ts';\nconst o: Order = { id: 'a', total: 5 };\nconsole.log('ran with types stripped:', o.total satisfies number);",
  'no-extension.ts': "import { VERSION } from './types';\nconsole.log(VERSION);",
  'type-as-value.ts': "import { Order, VERSION } from './types.ts';\nconsole.log(VERSION);",
  'enum.ts': 'enum Status { Open, Closed }\nconsole.log(Status.Open);',
  'param-property.ts': 'class Repo { constructor(private url: string) {} }\nconsole.log(new Repo("x"));',
  'node_modules/dep/package.json': JSON.stringify({ name: 'dep', type: 'module', exports: './index.ts' }),
  'node_modules/dep/index.ts': 'export const n: number = 1;',
  'from-node-modules.ts': "import { n } from 'dep';\nconsole.log(n);",
});

console.log('process.features.typescript =', process.features.typescript);
for (const file of ['ok.ts', 'no-extension.ts', 'type-as-value.ts', 'enum.ts', 'param-property.ts', 'from-node-modules.ts']) {
  console.log(file.padEnd(20), '->', run(file));
}
rmSync(root, { recursive: true, force: true });
