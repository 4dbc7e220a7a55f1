import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// The build's on-disk caches (parsed Markdown, highlighted code) name each entry by its content.

/** A cache entry's name: 32 hex digits of the SHA-256 of its parts, separated by NUL. */
export function contentKey(...parts: ReadonlyArray<string | number | boolean>): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

/** Writes a cache file whole: under a temporary name first, then renamed, so a parallel reader never sees half of it. */
export function writeCacheFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}
