import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';

export const distDir = resolve(import.meta.dirname, '../../dist');

/** Every HTML page of the built site, as its URL path (`/guides/x/`) and file. */
export function builtPages(root: string = distDir): Array<{ path: string; file: string }> {
  const pages: Array<{ path: string; file: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(root, full).split('\\').join('/');
        pages.push({ path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}`, file: full });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
export const decodeEntities = (text: string) =>
  text.replace(/&(amp|quot|#39|lt|gt);/g, (m) => ENTITIES[m] ?? m);

/** The file a site path is served from, as a static host would: exact file or `index.html` inside. */
export function fileForPath(path: string, root: string = distDir): string | undefined {
  const clean = resolve(root, `.${posix.normalize(path)}`);
  if (!clean.startsWith(root)) return undefined;
  for (const candidate of [clean, join(clean, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}
