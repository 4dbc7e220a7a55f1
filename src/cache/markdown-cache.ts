import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { MarkdownCache } from '../content/markdown.ts';
import { writeCacheFile } from './disk-cache.ts';

/** Parsed Markdown kept in a folder, one JSON file per key; an unreadable entry is parsed again. */
export function diskMarkdownCache(dir: string): MarkdownCache {
  const fileOf = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(fileOf(key), 'utf8')) as Root;
      } catch {
        return undefined;
      }
    },
    set(key, root) {
      writeCacheFile(fileOf(key), JSON.stringify(root));
    },
  };
}
