import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageEntries } from '../../src/integrations/page-revisions.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'page-revisions-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('pageEntries', () => {
  it('lists every HTML page by its path from the root, with the SHA-256 of its bytes', async () => {
    // Enough pages for more than one worker, so the pages dealt to each come back in their places.
    const pages = Object.fromEntries(
      Array.from({ length: 450 }, (_, i) => [`guides/g${i % 7}/q${i}/index.html`, `<p>${i}é</p>`]),
    );
    const root = site({ ...pages, 'index.html': '<h1>Home</h1>', 'sw.js': 'x', 'a/b.css': 'y' });
    const { manifest, warnings } = await pageEntries(root, 1000);
    expect(warnings).toEqual([]);
    const expected = Object.entries({ ...pages, 'index.html': '<h1>Home</h1>' })
      .map(([url, text]) => ({ url, revision: sha256(text), size: Buffer.byteLength(text) }))
      .sort((a, b) => a.url.localeCompare(b.url));
    expect([...manifest].sort((a, b) => a.url.localeCompare(b.url))).toEqual(expected);
  });

  it('leaves out a page over the size limit, saying so', async () => {
    const root = site({ 'big/index.html': 'x'.repeat(2000), 'small.html': 'ok' });
    const { manifest, warnings } = await pageEntries(root, 1000);
    expect(manifest.map((entry) => entry.url)).toEqual(['small.html']);
    expect(warnings).toEqual(['big/index.html is 2000 bytes, over 1000: not precached']);
  });

  it('lists nothing for a site without pages', async () => {
    expect(await pageEntries(site({ 'a.js': '1' }), 1000)).toEqual({ manifest: [], warnings: [] });
  });
});
