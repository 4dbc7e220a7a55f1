import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { siteConfig } from '../src/config/site.ts';
import { checkGuides } from './check-guides.ts';
import { prehighlight } from './lib/prehighlight.ts';
import { binPath, runNode } from './lib/run.ts';

/**
 * `npm run build`: checks the guides, highlights their code on every core, builds into a staging
 * folder, and only then replaces `dist/` (or `--out`), so a failed build never leaves a half-written site.
 */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
const staging = `${out}.staging`;

console.log('Checking guides…');
const { ok, result } = checkGuides();
if (!ok || !result) {
  console.error(`\nbuild stopped: fix the guide problems above; ${values.out}/ was left as it was.`);
  process.exit(1);
}

const started = performance.now();
const { total, highlighted } = await prehighlight(result.guides, siteConfig.cacheDir);
console.log(`Highlighted ${highlighted} of ${total} code blocks (${((performance.now() - started) / 1000).toFixed(1)} s); the rest came from the cache.\n`);

rmSync(staging, { recursive: true, force: true });
const code = await runNode(binPath('astro'), ['build', '--outDir', staging, ...positionals], { INTERVIEW_PREP_CONTENT_CHECKED: '1' });
if (code !== 0 || !existsSync(resolve(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nbuild failed; ${values.out}/ was left as it was.`);
  process.exit(code || 1);
}
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`\nBuilt the site into ${values.out}/.`);
