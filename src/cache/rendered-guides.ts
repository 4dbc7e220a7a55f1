import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedGuide } from '../render/render-guide.ts';
import type { SearchRecord } from '../site/search-records.ts';
import { writeCacheFile } from './disk-cache.ts';

/** A guide's pages and search records, as the loader wrote them, named by the guide's digest. */
export interface RenderedEntry {
  guide: RenderedGuide;
  records: SearchRecord[];
}

function fileOf(dir: string, digest: string, part: 'guide' | 'records' = 'guide'): string {
  return join(dir, `${digest}.${part}.json`);
}

/** Written in two files, since the pages read the guide and the search index its records. */
export function writeRendered(dir: string, digest: string, entry: RenderedEntry): void {
  writeCacheFile(fileOf(dir, digest, 'records'), JSON.stringify(entry.records));
  writeCacheFile(fileOf(dir, digest), JSON.stringify(entry.guide));
}

export function hasRendered(dir: string, digest: string): boolean {
  return existsSync(fileOf(dir, digest));
}

/** The guide written for a digest, or undefined when it is missing or unreadable. */
export function readRenderedGuide(dir: string, digest: string): RenderedGuide | undefined {
  return readJson<RenderedGuide>(fileOf(dir, digest));
}

/** The guide's search records written for a digest, or undefined when missing or unreadable. */
export function readSearchRecords(dir: string, digest: string): SearchRecord[] | undefined {
  return readJson<SearchRecord[]>(fileOf(dir, digest, 'records'));
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
