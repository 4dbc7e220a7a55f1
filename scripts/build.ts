import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DeployAddressError, parseDeployAddress } from '../src/config/deploy-address.ts';
import { binPath, type Started, startNode } from './lib/run.ts';
import type { PrepareMessage } from './prepare-build.ts';

/**
 * `npm run build`: the guides loader's work in a process of its own (scripts/prepare-build.ts:
 * every guide checked, a problem stops here with the full report), then `astro build` into a
 * staging folder (its loader finds every guide done; after an edit it starts beside the first
 * step), and only then replaces `dist/` (or `--out`), so a failed build never leaves a
 * half-written site.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'dist' },
    // Where the site will be served: `--base /interview-prep/ --site https://example.org`.
    base: { type: 'string', default: process.env.SITE_BASE },
    site: { type: 'string', default: process.env.SITE_URL },
    // Renders every page, not copying unchanged ones from the last build.
    force: { type: 'boolean', default: false },
  },
});
const out = resolve(values.out);
let address;
try {
  address = parseDeployAddress({ base: values.base, siteUrl: values.site });
} catch (error) {
  if (!(error instanceof DeployAddressError)) throw error;
  console.error(`build stopped: ${error.message}`);
  process.exit(1);
}
// src/config/site.ts reads these, so the flags reach every part of the build the same way.
const addressEnv = { SITE_BASE: address.base, SITE_URL: address.siteUrl ?? '' };
const staging = `${out}.staging`;

/**
 * Astro's native parts (Rolldown, the Astro compiler) allocate with mimalloc, which by default
 * keeps freed memory reserved for a while and commits whole arenas at once: Rolldown's bundling
 * left about 320 MB resident for the rest of the build. These settings of mimalloc's own make it
 * return freed pages at once. Astro's process at 2,000 questions: 1,136 MB to 861 MB at its
 * peak, build time unchanged (40 s either way, three runs).
 */
const RETURN_FREED_MEMORY = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_PURGE_DECOMMITS: '1',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

const started = performance.now();
rmSync(staging, { recursive: true, force: true });
const startAstro = (hold: boolean) =>
  startNode(
    binPath('astro'),
    ['build', '--outDir', staging, ...(values.force ? ['--force'] : []), ...positionals],
    { ...addressEnv, ...RETURN_FREED_MEMORY },
    { hold },
  );

// The first step tells when it has only a few guides to read, in its own process: Astro then
// starts beside it (about 3 s of starting up that the reading hides), its output held back, and
// its loader waits for the store's lock (src/cache/store-lock.ts) and finds those guides done.
// With many guides to read Astro starts after: both at once would raise the build's peak memory.
const prepare = startNode('scripts/prepare-build.ts', [], addressEnv, { ipc: true });
let astro: Started | undefined;
prepare.child.on('message', (message: PrepareMessage) => {
  if (message.kind === 'few-to-read' && !astro) astro = startAstro(true);
});
const prepared = await prepare.exited;
const firstStepDone = performance.now();
prepare.child.removeAllListeners('message'); // a message still on its way starts nothing now
if (prepared !== 0) {
  if (astro) {
    astro.child.kill('SIGTERM');
    await astro.exited;
  }
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nbuild stopped: fix the guide problems above; ${values.out}/ was left as it was.`,
  );
  process.exit(1);
}
astro ??= startAstro(false);
astro.release();
const code = await astro.exited;
const astroDone = performance.now();
if (code !== 0 || !existsSync(resolve(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nbuild failed; ${values.out}/ was left as it was.`);
  process.exit(code || 1);
}
// The new site replaces the old at once; the old one (over 300 MB at 2,000 questions, more than
// a second to delete) is deleted by a process of its own after this build has returned.
const previous = `${out}.previous-${process.pid}`;
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
deleteInBackground([previous, ...leftovers(out)]);
console.log(
  `\nBuilt the site into ${values.out}/ for ${address.siteUrl ?? ''}${address.base}` +
    (address.siteUrl ? '.' : ' (no --site: no sitemap or absolute URLs).'),
);
// Where the time went (`npm run bench` reads this line): Astro's part is from the end of the
// first step, so time it spent starting beside that step is not counted twice.
console.log(
  `Took ${seconds(performance.now() - started)} s: guides ${seconds(firstStepDone - started)} s, ` +
    `then Astro ${seconds(astroDone - firstStepDone)} s.`,
);

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** Old sites a background deletion did not finish (the machine stopped): `<out>.previous-<pid>`. */
function leftovers(folder: string): string[] {
  const parent = dirname(folder);
  const prefix = `${basename(folder)}.previous-`;
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix) && name !== basename(previous))
    .map((name) => join(parent, name));
}

/** Deletes folders in a detached process, so the build need not wait for it. */
function deleteInBackground(folders: readonly string[]): void {
  const existing = folders.filter((folder) => existsSync(folder));
  if (existing.length === 0) return;
  const script = `for (const f of JSON.parse(process.argv[1])) require('node:fs').rmSync(f, { recursive: true, force: true });`;
  spawn(process.execPath, ['-e', script, JSON.stringify(existing)], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}
