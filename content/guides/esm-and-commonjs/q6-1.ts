import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = mkdtempSync(join(tmpdir(), 'esm-q6-'));
function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

const pkg = 'node_modules/pay-sdk';
write({
  'package.json': JSON.stringify({ name: 'app', type: 'module' }),
  [`${pkg}/package.json`]: JSON.stringify({
    name: 'pay-sdk',
    type: 'module',
    exports: {
      '.': {
        types: './dist/index.d.ts', // TypeScript reads this; Node ignores conditions it does not know
        development: './src/index.js', // only with node --conditions=development
        default: './dist/index.js',
      },
      './errors': './dist/errors.js',
      './locales/*': './dist/locales/*.js', // pattern: the * is substituted as text
      './locales/internal-*': null, // null hides a part of the pattern
      './package.json': './package.json',
    },
  }),
  [`${pkg}/src/index.js`]: "export const build = 'source';",
  [`${pkg}/dist/index.js`]: "export const build = 'dist';",
  [`${pkg}/dist/errors.js`]: 'export class PaymentDeclined extends Error {}',
  [`${pkg}/dist/locales/en.js`]: "export default 'Pay now';",
  [`${pkg}/dist/locales/internal-test.js`]: "export default 'test strings';",
  [`${pkg}/dist/helpers.js`]: 'export const secret = 1;',
  'probe.js': `
for (const specifier of process.argv.slice(2)) {
  try {
    const ns = await import(specifier);
    console.log(specifier.padEnd(30), '->', JSON.stringify(ns.build ?? ns.default ?? Object.keys(ns)));
  } catch (error) {
    console.log(specifier.padEnd(30), '->', error.code);
  }
}
`,
});

const specifiers = ['pay-sdk', 'pay-sdk/errors', 'pay-sdk/locales/en', 'pay-sdk/locales/internal-test', 'pay-sdk/dist/helpers.js'];
const plain = spawnSync(process.execPath, ['probe.js', ...specifiers], { cwd: root, encoding: 'utf8' });
process.stdout.write(plain.stdout || plain.stderr);
const dev = spawnSync(process.execPath, ['--conditions=development', 'probe.js', 'pay-sdk'], { cwd: root, encoding: 'utf8' });
process.stdout.write(`with --conditions=development:\n${dev.stdout || dev.stderr}`);
rmSync(root, { recursive: true, force: true });
