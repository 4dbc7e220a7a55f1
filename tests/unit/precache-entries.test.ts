import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PrecacheFiles, precacheEntries } from '../../src/integrations/precache-entries.ts';
import { tempFolders } from '../helpers/temp-folders.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
const site = tempFolders('precache-entries-');

const FILES: PrecacheFiles = {
  extensions: ['html', 'js', 'pf_fragment'],
  ignore: ['pagefind/pagefind-*ui.*', 'sw.js'],
  hashedNamesUnder: '_astro/',
  maximumBytes: 1000,
};

describe('precacheEntries', () => {
  it('lists the matching files by their paths from the root, with the SHA-256 of their bytes', async () => {
    // Enough files for more than one worker, so those dealt to each come back in their places.
    const pages = Object.fromEntries(
      Array.from({ length: 450 }, (_, i) => [`guides/g${i % 7}/q${i}/index.html`, `<p>${i}é</p>`]),
    );
    const listed = {
      ...pages,
      'index.html': '<h1>Home</h1>',
      'pagefind/fragment/en_1.pf_fragment': 'f',
      'pagefind/pagefind.js': 'p',
    };
    const root = site({
      ...listed,
      'sw.js': 'the worker itself',
      'pagefind/pagefind-ui.js': 'unused UI',
      'a/b.css': 'another kind',
      'q.ts': 'another kind',
      '.hidden/x.html': 'a dot folder',
      '_astro/app.1a2b.js': 'named by content',
    });
    const { manifest, warnings } = await precacheEntries(root, FILES);
    expect(warnings).toEqual([]);
    const expected = [
      ...Object.entries(listed).map(([url, text]) => ({
        url,
        revision: sha256(text),
        size: Buffer.byteLength(text),
      })),
      { url: '_astro/app.1a2b.js', revision: null, size: 16 },
    ].sort((a, b) => a.url.localeCompare(b.url));
    expect([...manifest].sort((a, b) => a.url.localeCompare(b.url))).toEqual(expected);
  });

  it('leaves out a file over the size limit, saying so', async () => {
    const root = site({ 'big/index.html': 'x'.repeat(2000), 'small.html': 'ok' });
    const { manifest, warnings } = await precacheEntries(root, FILES);
    expect(manifest.map((entry) => entry.url)).toEqual(['small.html']);
    expect(warnings).toEqual(['big/index.html is 2000 bytes, over 1000: not precached']);
  });

  it('lists nothing for a site without such files', async () => {
    expect(await precacheEntries(site({ 'a.css': '1' }), FILES)).toEqual({
      manifest: [],
      warnings: [],
    });
  });

  it('hashes again only the files that are not the same files as when it last hashed them', async () => {
    const root = site({ 'a.html': 'first', 'b.html': 'second', 'c.html': 'third' });
    const remembered = join(root, '.cache', 'hashes.json');
    const first = await precacheEntries(root, FILES, remembered);
    expect(first.manifest.map((entry) => entry.revision)).toEqual(
      ['first', 'second', 'third'].map(sha256),
    );
    // A remembered hash is used as it is while the file is the same: make it one no file has.
    const kept = JSON.parse(readFileSync(remembered, 'utf8')) as Record<string, unknown[]>;
    const marked = 'f'.repeat(32);
    (kept['a.html'] as unknown[])[2] = marked;
    writeFileSync(remembered, JSON.stringify(kept));
    // A page written again is a new file, even with the same size; a page gone is forgotten.
    rmSync(join(root, 'b.html'));
    writeFileSync(join(root, 'b.html'), 'SECOND');
    rmSync(join(root, 'c.html'));
    const second = await precacheEntries(root, FILES, remembered);
    expect(second.manifest).toEqual([
      { url: 'a.html', revision: marked, size: 5 },
      { url: 'b.html', revision: sha256('SECOND'), size: 6 },
    ]);
    expect(Object.keys(JSON.parse(readFileSync(remembered, 'utf8')) as object)).toEqual([
      'a.html',
      'b.html',
    ]);
  });

  it('hashes every file again when what it remembered cannot be read', async () => {
    const root = site({ 'a.html': 'first', '.cache/hashes.json': '{"a.html": ["x", "y"' });
    const remembered = join(root, '.cache', 'hashes.json');
    const { manifest } = await precacheEntries(root, FILES, remembered);
    expect(manifest).toEqual([{ url: 'a.html', revision: sha256('first'), size: 5 }]);
    writeFileSync(remembered, JSON.stringify({ 'a.html': ['wrong', 'shape'] }));
    expect((await precacheEntries(root, FILES, remembered)).manifest).toEqual(manifest);
  });
});
