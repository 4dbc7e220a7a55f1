import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRenderedGuide, readSearchRecords } from '../../src/cache/rendered-guides.ts';
import { guideKeys, updateGuides } from '../../src/content/guide-store.ts';
import { loadGuides } from '../../src/content/load-guides.ts';
import { fixturesDir as fixtures, projectRoot as root } from '../helpers/fixtures.ts';
import { memoryStore, storeOptions } from '../helpers/guide-store.ts';

const work: string[] = [];

afterEach(() => {
  for (const dir of work.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture folder, so the test may edit it, and a cache folder of its own. */
function copyOf(folder: string) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-store-'));
  work.push(dir);
  const guidesDir = join(dir, 'guides');
  cpSync(join(fixtures, folder), guidesDir, { recursive: true });
  return storeOptions(guidesDir, join(dir, 'cache'));
}

const lines = (d: ReadonlyArray<{ file: string; line: number; message: string }>) =>
  d.map((x) => `${x.file}:${x.line}: ${x.message}`).sort();

describe('the guide store', () => {
  it('reads each file once, then only the files whose digest changed', async () => {
    const options = copyOf('valid/links-between-guides');
    const store = memoryStore();
    const first = await updateGuides(options, store);
    expect(first).toMatchObject({ diagnostics: [], fileCount: 2, changed: 2 });
    const digest = store.map.get('http-caching.md')?.digest ?? '';
    expect(readRenderedGuide(options.renderCacheDir, digest)?.frontmatter.title).toBe(
      'HTTP Caching Basics',
    );
    const source = guideKeys(options).find((k) => k.name === 'http-caching.md')?.source ?? '';
    expect(readSearchRecords(options.renderCacheDir, source)?.length).toBeGreaterThan(0);
    // The store keeps facts, not pages: no HTML in it.
    expect(JSON.stringify([...store.map.values()])).not.toContain('<p>');

    expect((await updateGuides(options, store)).changed).toBe(0);

    const file = join(options.guidesDir, 'http-caching.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('](./cdn-caching.md', '](./cdn.md'));
    const edited = await updateGuides(options, store);
    expect(edited.changed).toBe(1);
    expect(edited.diagnostics.length).toBeGreaterThan(0);
    const full = loadGuides({ ...options, cacheDir: options.parseCacheDir }).diagnostics;
    expect(lines(edited.diagnostics)).toEqual(lines(full));
    const broken = store.map.get('http-caching.md')?.digest ?? '';
    expect(existsSync(join(options.renderCacheDir, `${broken}.guide.json`))).toBe(false);
  });

  it('reads a guide again when it was written while the pass read it (an editor truncating, then writing)', async () => {
    const options = copyOf('valid/links-between-guides');
    const file = join(options.guidesDir, 'http-caching.md');
    const full = readFileSync(file, 'utf8');
    writeFileSync(file, full.slice(0, Math.floor(full.length / 3)));
    const store = memoryStore();
    const keep = store.set;
    let written = false;
    // The rest of the file lands just after the half-written one was read: no change event follows.
    store.set = (entry) => {
      keep(entry);
      if (!written && entry.name === 'http-caching.md') {
        written = true;
        expect(entry.problems.length).toBeGreaterThan(0);
        writeFileSync(file, full);
      }
    };
    const report = await updateGuides(options, store);
    expect(written).toBe(true);
    expect(report.diagnostics).toEqual([]);
    const now = guideKeys(options).find((k) => k.name === 'http-caching.md');
    expect(store.map.get('http-caching.md')?.digest).toBe(now?.digest);
    expect(store.map.get('http-caching.md')?.problems).toEqual([]);
  });

  it("reads every guide again when the examples' tsconfig or lock file changes, not their records", () => {
    const options = copyOf('valid/links-between-guides');
    const project = join(dirname(options.guidesDir), 'project');
    mkdirSync(join(project, 'content'), { recursive: true });
    for (const file of ['content/tsconfig.json', 'package-lock.json'])
      cpSync(join(root, file), join(project, file));
    const keys = () => guideKeys({ ...options, root: project });
    const before = keys();
    const tsconfig = join(project, 'content/tsconfig.json');
    writeFileSync(
      tsconfig,
      readFileSync(tsconfig, 'utf8').replace('"strict": true', '"strict": false'),
    );
    const retyped = keys();
    writeFileSync(join(project, 'package-lock.json'), '{}');
    const relocked = keys();
    for (const [i, key] of before.entries()) {
      expect(retyped[i]?.digest).not.toBe(key.digest);
      expect(relocked[i]?.digest).not.toBe(retyped[i]?.digest);
      // The search records do not show types: they stay where they are.
      expect([retyped[i]?.source, relocked[i]?.source]).toEqual([key.source, key.source]);
    }
    expect(before).toHaveLength(2);
  });

  it.each(['invalid/link-to-missing-page', 'invalid/slug-clash', 'invalid/many-problems'])(
    'reports %s from stored facts as a full read does',
    async (fixture) => {
      const options = copyOf(fixture);
      const store = memoryStore();
      const cold = await updateGuides(options, store);
      const warm = await updateGuides(options, store);
      const full = loadGuides({ ...options, cacheDir: options.parseCacheDir }).diagnostics;
      expect(full.length).toBeGreaterThan(0);
      expect(warm.changed).toBe(0);
      expect(lines(cold.diagnostics)).toEqual(lines(full));
      expect(lines(warm.diagnostics)).toEqual(lines(full));
    },
  );

  it('a guide that cannot be read: links to its pages are not reported, cold or from the stored facts', async () => {
    const options = copyOf('valid/links-between-guides');
    const unread = join(options.guidesDir, 'http-caching.md');
    writeFileSync(unread, readFileSync(unread, 'utf8').replace(/^---/, '--'));
    const linking = join(options.guidesDir, 'cdn-caching.md');
    writeFileSync(
      linking,
      readFileSync(linking, 'utf8').replace('](./http-caching.md)', '](/guides/http-caching/)'),
    );
    const store = memoryStore();
    const cold = await updateGuides(options, store);
    expect(cold.diagnostics.map((d) => d.kind)).toEqual(['frontmatter.no-opening-line']);
    // Read again from the store's facts, nothing parsed: the same report.
    const warm = await updateGuides(options, store);
    expect(warm.changed).toBe(0);
    expect(lines(warm.diagnostics)).toEqual(lines(cold.diagnostics));
  });
});
