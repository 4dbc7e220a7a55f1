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
  if (version) return version;
  const src = join(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  for (const folder of [
    'content',
    'content/schema',
    'render',
    'site',
    'cache',
    'examples',
    'study',
  ]) {
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
  version = hash.digest('hex').slice(0, 16);
  return version;
}
