import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

/**
 * A digest of the code that reads and renders guides, so a stored entry made by older code is
 * made again rather than trusted.
 */
export function pipelineVersion(): string {
  version ??= codeDigest(join(dirname(fileURLToPath(import.meta.url)), '..'), [
    'content',
    'content/schema',
    'render',
    'site',
    'cache',
    'examples',
    'study',
  ]).slice(0, 16);
  return version;
}

/** A digest of the `.ts` files directly in the named folders of `src`, by name and content. */
export function codeDigest(src: string, folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const path = join(src, folder);
    for (const name of readdirSync(path).sort()) {
      if (!name.endsWith('.ts')) continue;
      hash
        .update(name)
        .update('\0')
        .update(readFileSync(join(path, name)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}
