import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  KEEP_UNUSED_MS,
  pruneStore,
  readRenderedGuide,
  type RenderedKeys,
} from '../../src/cache/rendered-guides.ts';
import { guideKeys, updateGuides } from '../../src/content/guide-store.ts';
import { fixturesDir } from '../helpers/fixtures.ts';
import { age, memoryStore, storeOptions } from '../helpers/guide-store.ts';

const work: string[] = [];
afterEach(() => {
  for (const dir of work.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fixture's guides in a folder of their own (`guides` or another name), and one cache folder. */
function project(folders: readonly string[] = ['guides']) {
  const dir = mkdtempSync(join(tmpdir(), 'store-prune-'));
  work.push(dir);
  return folders.map((folder) => {
    const guidesDir = join(dir, folder);
    cpSync(join(fixturesDir, 'valid/links-between-guides'), guidesDir, { recursive: true });
    return storeOptions(guidesDir, join(dir, 'cache'));
  });
}

/** One project's guides loaded once: its options, store folder, content store and first keys. */
async function loaded() {
  const [options] = project();
  if (!options) throw new Error('no project');
  const store = memoryStore();
  await updateGuides(options, store);
  return { options, dir: options.renderCacheDir, store, first: guideKeys(options) };
}

const files = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort();
const filesOf = (k: RenderedKeys) => [
  `${k.digest}.cards.json`,
  `${k.digest}.entry.json`,
  `${k.digest}.guide.json`,
  `${k.digest}.mock.json`,
  `${k.digest}.predict.json`,
  `${k.source}.records.json`,
];

/** One guide edited: its pages are then written under new keys, beside the old ones. */
function edit(guidesDir: string): void {
  const file = join(guidesDir, 'http-caching.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('HTTP Caching Basics', 'HTTP Caching Basics, Revised'),
  );
}

describe("the guide store's pruning", () => {
  it("deletes an edited guide's earlier pages, records, study records and entry once unused for an hour", async () => {
    const { options, dir, store, first } = await loaded();
    edit(options.guidesDir);
    await updateGuides(options, store);
    const now = guideKeys(options);
    const old = first.find((k) => k.name === 'http-caching.md') as RenderedKeys;
    // Just written over: the earlier version stays, as a build may still be reading it.
    expect(files(dir)).toEqual([...new Set([...first, ...now].flatMap(filesOf))].sort());
    expect(now.map((k) => k.digest)).not.toContain(old.digest);

    const removed = pruneStore(
      dir,
      { current: now, owns: () => true },
      Date.now() + KEEP_UNUSED_MS + 60_000,
    );
    expect(removed).toBe(6);
    expect(files(dir)).toEqual(now.flatMap(filesOf).sort());
    for (const k of now) expect(readRenderedGuide(dir, k.digest)).toBeDefined();
    // Nothing current went: a warm load reads nothing again.
    expect((await updateGuides(options, memoryStore())).changed).toBe(0);
  });

  it('does it as part of a load, and marks the files in use so a long-kept guide is not taken', async () => {
    const { options, dir, store, first } = await loaded();
    // Written two hours ago and not changed since: in use, so marked again, not deleted.
    for (const name of files(dir)) age(join(dir, name), 2 * KEEP_UNUSED_MS);
    edit(options.guidesDir);
    await updateGuides(options, store);
    const now = guideKeys(options);
    expect(files(dir)).toEqual(now.flatMap(filesOf).sort());
    const unchanged = now.find((k) => k.name !== 'http-caching.md') as RenderedKeys;
    expect(first.map((k) => k.digest)).toContain(unchanged.digest);
    const marked = statSync(join(dir, `${unchanged.digest}.guide.json`)).mtimeMs;
    expect(marked).toBeGreaterThan(Date.now() - KEEP_UNUSED_MS / 2);
  });

  it("leaves another guides folder's files sharing the cache, and deletes old half-written files", async () => {
    const [mine, theirs] = project(['guides', 'other-guides']);
    if (!mine || !theirs) throw new Error('no project');
    const dir = mine.renderCacheDir;
    await updateGuides(theirs, memoryStore());
    const others = files(dir);
    for (const name of others) age(join(dir, name), 2 * KEEP_UNUSED_MS);
    const stale = join(dir, `${'a'.repeat(32)}.guide.json.4242.k3v9x`);
    const fresh = join(dir, `${'b'.repeat(32)}.guide.json.4243.p0q1r`);
    writeFileSync(stale, '{"half":');
    writeFileSync(fresh, '{"half":');
    age(stale, 2 * KEEP_UNUSED_MS);

    await updateGuides(mine, memoryStore());
    for (const name of others) expect(existsSync(join(dir, name)), name).toBe(true);
    expect(existsSync(stale)).toBe(false);
    // Another process may be writing it now.
    expect(existsSync(fresh)).toBe(true);
  });
});
