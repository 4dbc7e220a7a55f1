import { checkGuides } from './check-guides.ts';
import { binPath, runNode } from './lib/run.ts';

/**
 * `npm run check`: validates every guide and type-checks the examples' TypeScript versions, then
 * type-checks the project (astro check). Both always run, so one run shows every problem.
 */
console.log('Checking guides and their TypeScript examples…');
const contentOk = checkGuides(undefined, { typecheck: true }).ok;
console.log('\nType-checking the project…');
const typesOk =
  (await runNode(binPath('@astrojs/check', 'astro-check'), ['--minimumSeverity', 'warning'])) === 0;
if (!contentOk || !typesOk) {
  console.error(
    `\ncheck failed: ${[!contentOk && 'guides', !typesOk && 'types'].filter(Boolean).join(' and ')}`,
  );
  process.exit(1);
}
console.log('\ncheck passed: guides and types.');
