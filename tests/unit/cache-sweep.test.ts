import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { randomInt } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCacheFile, sweepCache, UNUSED_FOR_MS } from '../../src/cache/disk-cache.ts';
import { readRenderedGuide } from '../../src/cache/rendered-guides.ts';
import { updateGuides } from '../../src/content/guide-store.ts';
import { fixturesDir } from '../helpers/fixtures.ts';
import { age, memoryStore, storeOptions } from '../helpers/guide-store.ts';

const DAY = 24 * 60 * 60 * 1000;
const work: string[] = [];
afterEach(() => {
  for (const dir of work.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cache-sweep-'));
  work.push(dir);
  return dir;
}

const mtime = (path: string) => statSync(path).mtimeMs;

/** Every file under a folder, relative to it, the sweep's own marker left out. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== '.swept')
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('reading a cache entry', () => {
  it('gives its text, or undefined when there is none', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.html'), '<b>x</b>');
    expect(readCacheFile(join(dir, 'a.html'))).toBe('<b>x</b>');
    expect(readCacheFile(join(dir, 'missing.html'))).toBeUndefined();
  });

  it('marks an entry last marked over a day ago as in use, and leaves a recent one as it is', () => {
    const dir = folder();
    const old = join(dir, 'old.json');
    const recent = join(dir, 'recent.json');
    writeFileSync(old, '{}');
    writeFileSync(recent, '{}');
    age(old, 3 * DAY);
    age(recent, 60 * 60 * 1000);
    const before = mtime(recent);
    readCacheFile(old);
    readCacheFile(recent);
    expect(mtime(old)).toBeGreaterThan(Date.now() - 60_000);
    expect(mtime(recent)).toBe(before);
  });
});

describe('sweeping a cache folder', () => {
  it('deletes entries unused for two weeks, in nested folders too, and keeps those read or written since', () => {
    const dir = folder();
    mkdirSync(join(dir, 'types'));
    const names = ['unused.html', 'types/unused.json', 'read.html', 'new.html', 'x.html.41.ab'];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    for (const name of ['unused.html', 'types/unused.json', 'read.html', 'x.html.41.ab'])
      age(join(dir, name), UNUSED_FOR_MS + DAY);
    readCacheFile(join(dir, 'read.html'));

    expect(sweepCache(dir)).toBe(3);
    expect(filesUnder(dir)).toEqual(['new.html', 'read.html']);
  });

  it('sweeps a folder at most once a day', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.html'), 'x');
    age(join(dir, 'a.html'), DAY);
    expect(sweepCache(dir, Date.now() - 2 * 60 * 60 * 1000)).toBe(0);
    age(join(dir, 'a.html'), UNUSED_FOR_MS + DAY);
    // Swept two hours ago: not again today, whatever has aged since.
    expect(sweepCache(dir)).toBeUndefined();
    expect(filesUnder(dir)).toEqual(['a.html']);
    expect(sweepCache(dir, Date.now() + DAY)).toBe(1);
    expect(sweepCache(folder() + '/none')).toBeUndefined();
  });

  it("runs with a load: a guide read again keeps its blocks, an unchanged guide's unused ones go and come back when needed", async () => {
    const dir = folder();
    const guidesDir = join(dir, 'guides');
    cpSync(join(fixturesDir, 'valid/links-between-guides'), guidesDir, { recursive: true });
    // Each guide's listing made its own and this test's: test files share their worker's modules,
    // and a block another file highlighted without a cache folder is kept in memory, not written.
    for (const [name, seconds] of [
      ['cdn-caching.md', 300],
      ['http-caching.md', 60],
    ] as const) {
      const file = join(guidesDir, name);
      const own = `max-age=${seconds}, stale-if-error=${randomInt(1e9)}`;
      writeFileSync(file, readFileSync(file, 'utf8').replace('max-age=60', own));
    }
    const cache = join(dir, 'cache');
    const options = storeOptions(guidesDir, cache);
    const store = memoryStore();
    await updateGuides(options, store);
    const code = filesUnder(options.codeCacheDir);
    const parsed = filesUnder(options.parseCacheDir);
    // Three weeks on: every entry unused since, and no sweep for days.
    for (const cacheDir of [options.codeCacheDir, options.parseCacheDir]) {
      for (const name of filesUnder(cacheDir)) age(join(cacheDir, name), 21 * DAY);
      age(join(cacheDir, '.swept'), 2 * DAY);
    }
    const file = join(guidesDir, 'http-caching.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('HTTP Caching Basics', 'HTTP Caching'));
    await updateGuides(options, store);

    // The edited guide's block was read, so marked; the other guide's went, as did both old parses.
    const kept = filesUnder(options.codeCacheDir);
    expect(code).toHaveLength(2);
    expect(kept).toHaveLength(1);
    expect(code).toContain(kept[0]);
    const reparsed = filesUnder(options.parseCacheDir);
    expect(reparsed).toHaveLength(1);
    expect(parsed).not.toContain(reparsed[0]);
    for (const entry of store.names().map((n) => store.get(n)))
      expect(readRenderedGuide(options.renderCacheDir, entry?.digest ?? '')).toBeDefined();
    // Rendering every guide again (a new store) makes the swept entries again, the same ones.
    await updateGuides({ ...options, renderCacheDir: join(cache, 'guides-2') }, memoryStore());
    expect(filesUnder(options.codeCacheDir)).toEqual(code);
  });
});
