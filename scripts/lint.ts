import { binPath, runNode } from './lib/run.ts';

/** `npm run lint`: Prettier's check (print width 100), then ESLint; exits 1 if either finds a problem. */
const prettier = await runNode(binPath('prettier'), ['--check', '--log-level', 'warn', '.']);
if (prettier !== 0) console.error('Prettier: run "npm run format" to rewrite these files.');
const eslint = await runNode(binPath('eslint'), ['.']);
process.exitCode = prettier === 0 && eslint === 0 ? 0 : 1;
