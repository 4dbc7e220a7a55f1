import { join } from 'node:path';
import type { Root } from 'mdast';
import type { MarkdownCache } from '../content/markdown.ts';
import { readCacheFile, writeCacheFile } from './disk-cache.ts';

/** Parsed Markdown kept in a folder, one JSON file per key; an unreadable entry is parsed again. */
export function diskMarkdownCache(dir: string): MarkdownCache {
  const fileOf = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      const text = readCacheFile(fileOf(key));
      try {
        return text === undefined ? undefined : (JSON.parse(text) as Root);
      } catch {
        return undefined;
      }
    },
    set(key, root) {
      writeCacheFile(fileOf(key), JSON.stringify(root));
    },
  };
}
