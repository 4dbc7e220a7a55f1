import fs, { existsSync, linkSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/temp-folders.ts';
import {
  emptyFolder,
  linkFiles,
  removeUnproduced,
  replaceOnWrite,
} from '../../src/integrations/kept-pages.ts';

const folderWith = tempFolders('kept-pages-');

describe('linkFiles', () => {
  it('links every file of one folder to the same path in another, subfolders made', async () => {
    const cache = folderWith({ 'index.html': 'home', 'guides/a/q1/index.html': 'q1' });
    const out = join(folderWith({}), 'out');
    const made = await linkFiles(cache, out);
    expect(made.sort()).toEqual([join(out, 'guides/a/q1/index.html'), join(out, 'index.html')]);
    for (const file of ['index.html', 'guides/a/q1/index.html']) {
      expect(statSync(join(out, file)).ino).toBe(statSync(join(cache, file)).ino);
    }
  });

  it('links nothing when there is no cache yet', async () => {
    const out = folderWith({});
    expect(await linkFiles(join(out, 'missing'), join(out, 'site'))).toEqual([]);
  });
});

describe('replaceOnWrite', () => {
  it('makes fs.promises.writeFile under the folders write a new file, leaving its other links as they were', async () => {
    const served = folderWith({ 'page.html': 'old' });
    const building = folderWith({});
    linkSync(join(served, 'page.html'), join(building, 'page.html'));
    const restore = replaceOnWrite([building]);
    try {
      await fs.promises.writeFile(join(building, 'page.html'), 'new');
      await fs.promises.writeFile(pathToFileURL(join(building, 'other.html')), 'added');
    } finally {
      restore();
    }
    expect(readFileSync(join(building, 'page.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(building, 'other.html'), 'utf8')).toBe('added');
    expect(readFileSync(join(served, 'page.html'), 'utf8')).toBe('old');
  });

  it('leaves writes elsewhere, and every write once restored, as Node makes them', async () => {
    const served = folderWith({ 'page.html': 'old' });
    const building = folderWith({});
    const elsewhere = folderWith({});
    linkSync(join(served, 'page.html'), join(building, 'page.html'));
    linkSync(join(served, 'page.html'), join(elsewhere, 'page.html'));
    const write = fs.promises.writeFile;
    const restore = replaceOnWrite([building]);
    await fs.promises.writeFile(join(elsewhere, 'page.html'), 'in place');
    restore();
    expect(fs.promises.writeFile).toBe(write);
    expect(readFileSync(join(served, 'page.html'), 'utf8')).toBe('in place');
    await fs.promises.writeFile(join(building, 'page.html'), 'again in place');
    expect(readFileSync(join(served, 'page.html'), 'utf8')).toBe('again in place');
  });
});

describe('removeUnproduced', () => {
  it('removes the linked files the build did not produce, and the folders left empty', () => {
    const out = folderWith({
      'guides/kept/index.html': 'k',
      'guides/gone/q1/index.html': 'g',
      'guides/gone/index.html': 'g',
      'rendered.html': 'r',
    });
    const linked = [
      'guides/kept/index.html',
      'guides/gone/q1/index.html',
      'guides/gone/index.html',
    ];
    const assets = new Map([
      ['/guides/[guide]', [pathToFileURL(join(out, 'guides/kept/index.html'))]],
      ['/rendered', [pathToFileURL(join(out, 'rendered.html'))]],
    ]);
    // The output folder as Astro names it, with a trailing slash.
    const removed = removeUnproduced(
      `${out}/`,
      linked.map((file) => join(out, file)),
      assets,
    );
    expect(removed).toBe(2);
    expect(readdirSync(join(out, 'guides'))).toEqual(['kept']);
    expect(existsSync(join(out, 'rendered.html'))).toBe(true);
  });

  it('stops the build when Astro does not say what it built', () => {
    const out = folderWith({ 'page.html': 'p' });
    expect(() => removeUnproduced(out, [join(out, 'page.html')], undefined)).toThrow(
      /did not list the files it built/,
    );
    expect(existsSync(join(out, 'page.html'))).toBe(true);
  });
});

describe('emptyFolder', () => {
  it('empties the folder as Astro would, keeping .git, and makes it when missing', () => {
    const out = folderWith({ 'index.html': 'x', 'guides/a/index.html': 'y', '.git/HEAD': 'z' });
    emptyFolder(out);
    expect(readdirSync(out)).toEqual(['.git']);
    const missing = join(out, 'new');
    emptyFolder(missing);
    expect(readdirSync(missing)).toEqual([]);
  });
});
