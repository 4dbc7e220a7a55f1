import { checkGuides } from './check-guides.ts';

/**
 * `npm run check`: the author's loop. Validates every guide and type-checks the examples'
 * TypeScript versions, reporting every problem of every kind in one run. Parsed Markdown and
 * type-check results are cached by content, so a run after changing one guide redoes only that
 * guide. The whole-project type check (astro check) is `npm run typecheck`, run by `npm test`.
 */
console.log('Checking guides and their TypeScript examples…');
const started = performance.now();
const { ok } = checkGuides(undefined, { typecheck: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
// exitCode, not exit(): a long report piped to another program must be written out in full first.
if (ok) console.log(`\ncheck passed (${seconds} s).`);
else {
  console.error(`\ncheck failed (${seconds} s).`);
  process.exitCode = 1;
}
