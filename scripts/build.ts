import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkGuides } from './check-guides.ts';
import { binPath, runNode } from './lib/run.ts';

/**
 * `npm run build`: checks the guides, builds into a staging folder, and only then replaces `dist/`,
 * so a failed build never leaves a half-written site.
 */
const dist = resolve('dist');
const staging = resolve('.dist-staging');

console.log('Checking guides…');
if (!checkGuides()) {
  console.error('\nbuild stopped: fix the guide problems above; dist/ was left as it was.');
  process.exit(1);
}
rmSync(staging, { recursive: true, force: true });
const code = await runNode(binPath('astro'), ['build', '--outDir', staging, ...process.argv.slice(2)]);
if (code !== 0 || !existsSync(resolve(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error('\nbuild failed; dist/ was left as it was.');
  process.exit(code || 1);
}
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
console.log('\nBuilt the site into dist/.');
