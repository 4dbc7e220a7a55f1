import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  futimesSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

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

/** A cache file last marked longer ago than this is marked again when read, so `sweepCache` keeps it. */
const MARK_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * A cache file's text, or undefined when there is none. Reading marks an entry as in use (its
 * modification time set to now) when it was last marked over a day ago: one write a day at most,
 * and an entry still read is never swept.
 */
export function readCacheFile(file: string, now = Date.now()): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const text = readFileSync(fd, 'utf8');
    try {
      if (fstatSync(fd).mtimeMs < now - MARK_AFTER_MS) futimesSync(fd, now / 1000, now / 1000);
    } catch {
      // Not ours to mark (another user's cache): it is still read.
    }
    return text;
  } finally {
    closeSync(fd);
  }
}

/** Cache entries not written or read for this long are deleted by `sweepCache`. */
export const UNUSED_FOR_MS = 14 * 24 * 60 * 60 * 1000;
/** A folder is swept at most this often: the sweep reads the time of every file in it. */
const SWEEP_EVERY_MS = 24 * 60 * 60 * 1000;
const SWEPT_MARKER = '.swept';

/**
 * Deletes the entries of a content-keyed cache folder (highlighted code, types, parsed Markdown,
 * type-check results) that no run has written or read for two weeks: each edit adds a guide's
 * changed blocks under new keys, and nothing else ever removed the old ones. At most once a day
 * per folder. A run reading an entry as it goes finds it missing and makes it again. Returns how
 * many files went, or undefined when the folder was swept less than a day ago.
 */
export function sweepCache(dir: string, now = Date.now()): number | undefined {
  const marker = join(dir, SWEPT_MARKER);
  try {
    if (statSync(marker).mtimeMs > now - SWEEP_EVERY_MS) return undefined;
  } catch {
    // never swept
  }
  if (!existsSync(dir)) return undefined;
  const removed = sweepFolder(dir, now - UNUSED_FOR_MS);
  writeFileSync(marker, '');
  utimesSync(marker, now / 1000, now / 1000);
  return removed;
}

function sweepFolder(dir: string, before: number): number {
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removed += sweepFolder(path, before);
    else if (entry.isFile() && entry.name !== SWEPT_MARKER) {
      try {
        if (statSync(path).mtimeMs >= before) continue;
        rmSync(path, { force: true });
        removed++;
      } catch {
        // gone meanwhile
      }
    }
  }
  return removed;
}
