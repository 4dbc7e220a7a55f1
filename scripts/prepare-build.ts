import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { siteConfig } from '../src/config/site.ts';
import { searchRecords } from '../src/site/search-records.ts';
import { checkGuides } from './check-guides.ts';
import { prehighlight, startTypeWork } from './lib/prehighlight.ts';

/**
 * The build's first step, in its own process so its memory is returned before Astro starts: check
 * every guide (exit 1 on any problem), highlight on every core the code the cache lacks, and leave
 * the search records for the Astro build to index without reading the guides again.
 */
// Types are found on the core the guide check leaves idle (scripts/lib/prehighlight.ts).
const typeWork = startTypeWork(siteConfig.guidesDir, siteConfig.codeCacheDir);
console.log('Checking guides…');
const { ok, result } = checkGuides();
if (!ok || !result) process.exit(1);
await typeWork;
mkdirSync(dirname(siteConfig.searchRecordsFile), { recursive: true });
writeFileSync(siteConfig.searchRecordsFile, JSON.stringify(searchRecords(result.guides)));
const started = performance.now();
const { total, highlighted } = await prehighlight(result.guides, siteConfig.codeCacheDir);
console.log(
  `Highlighted ${highlighted} of ${total} code blocks (${((performance.now() - started) / 1000).toFixed(1)} s); the rest came from the cache.\n`,
);
