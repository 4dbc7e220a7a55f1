import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedBlock, RenderedGuide, RenderedSection } from '../render/render-guide.ts';
import type { SearchRecord } from '../site/search-records.ts';
import { writeCacheFile } from './disk-cache.ts';

/** A guide's pages and search records, as the loader wrote them, named by the guide's digest. */
export interface RenderedEntry {
  guide: RenderedGuide;
  records: SearchRecord[];
}

/** A guide's keys: `digest` names its pages (it covers the pipeline's code), `source` its records. */
export interface RenderedKeys {
  digest: string;
  source: string;
}

const guideFile = (dir: string, digest: string) => join(dir, `${digest}.guide.json`);
const entryFile = (dir: string, digest: string) => join(dir, `${digest}.entry.json`);
const recordsFile = (dir: string, source: string) => join(dir, `${source}.records.json`);

/** On disk a section names its questions by number: each question's HTML is written once. */
type StoredGuide = Omit<RenderedGuide, 'sections'> & {
  sections: Array<
    Omit<RenderedSection, 'blocks'> & {
      blocks: Array<
        Exclude<RenderedBlock, { kind: 'question' }> | { kind: 'question'; number: number }
      >;
    }
  >;
};

/** Written in two files, since the pages read the guide and the search index its records. */
export function writeRendered(dir: string, keys: RenderedKeys, entry: RenderedEntry): void {
  writeCacheFile(recordsFile(dir, keys.source), JSON.stringify(entry.records));
  const stored: StoredGuide = {
    ...entry.guide,
    sections: entry.guide.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.kind === 'question' ? { kind: 'question', number: block.question.number } : block,
      ),
    })),
  };
  writeCacheFile(guideFile(dir, keys.digest), JSON.stringify(stored));
}

export function hasRendered(dir: string, keys: RenderedKeys): boolean {
  return existsSync(guideFile(dir, keys.digest)) && existsSync(recordsFile(dir, keys.source));
}

/** The guide written for a digest, or undefined when it is missing or unreadable. */
export function readRenderedGuide(dir: string, digest: string): RenderedGuide | undefined {
  const stored = readJson<StoredGuide>(guideFile(dir, digest));
  if (!stored) return undefined;
  const byNumber = new Map(stored.questions.map((q) => [q.number, q]));
  const sections = stored.sections.map((section) => ({
    ...section,
    blocks: section.blocks.flatMap((block): RenderedBlock[] => {
      if (block.kind !== 'question') return [block];
      const question = byNumber.get(block.number);
      return question ? [{ kind: 'question', question }] : [];
    }),
  }));
  return { ...stored, sections };
}

/** The guide's search records written for a source key, or undefined when missing or unreadable. */
export function readSearchRecords(dir: string, source: string): SearchRecord[] | undefined {
  return readJson<SearchRecord[]>(recordsFile(dir, source));
}

/**
 * A guide's check result (the content store's entry) kept by digest too, so a build step that ran
 * the loader's work in a process of its own leaves it for the loader, which then reads nothing again.
 */
export function writeEntry(dir: string, digest: string, entry: object): void {
  writeCacheFile(entryFile(dir, digest), JSON.stringify(entry));
}

export function readEntry<T>(dir: string, digest: string): T | undefined {
  return readJson<T>(entryFile(dir, digest));
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
