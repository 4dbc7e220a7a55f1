import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedBlock, RenderedGuide, RenderedSection } from '../render/render-guide.ts';
import type { SearchRecord } from '../site/search-records.ts';
import type { MockQuestion, PredictExample } from '../mock/records.ts';
import type { GuideCards } from '../study/card-content-schema.ts';
import { writeCacheFile } from './disk-cache.ts';

/** A guide's pages and search records, as the loader wrote them, named by the guide's digest. */
export interface RenderedEntry {
  guide: RenderedGuide;
  records: SearchRecord[];
  /** Its practice cards (`/study/cards/<guide>.json`), made while the guide is in memory. */
  cards: GuideCards;
  /** Its questions as mock rounds draw them (part of `/mock/questions.json`). */
  mock: MockQuestion[];
  /** Its examples marked for predict-the-output drills (part of `/mock/predict.json`). */
  predict: PredictExample[];
}

/** The records made from a rendered guide for the study tools, each kept as the JSON they serve. */
const STUDY_RECORDS = ['cards', 'mock', 'predict'] as const;
export type StudyRecords = (typeof STUDY_RECORDS)[number];

/** A guide's keys: `digest` names its pages (it covers the pipeline's code), `source` its records. */
export interface RenderedKeys {
  digest: string;
  source: string;
}

const guideFile = (dir: string, digest: string) => join(dir, `${digest}.guide.json`);
const entryFile = (dir: string, digest: string) => join(dir, `${digest}.entry.json`);
const recordsFile = (dir: string, source: string) => join(dir, `${source}.records.json`);
const studyName = (digest: string, kind: StudyRecords) => `${digest}.${kind}.json`;

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

/**
 * Written in four files, since the pages read the guide, the search index its records, and the
 * study tools' data files their records (as they are served: those files then read no guide).
 */
export function writeRendered(dir: string, keys: RenderedKeys, entry: RenderedEntry): void {
  writeCacheFile(recordsFile(dir, keys.source), JSON.stringify(entry.records));
  for (const kind of STUDY_RECORDS)
    writeCacheFile(join(dir, studyName(keys.digest, kind)), JSON.stringify(entry[kind]));
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

/** A guide's study records as JSON text, as written for its digest; undefined when missing. */
export function readStudyJson(dir: string, digest: string, kind: StudyRecords): string | undefined {
  try {
    return readFileSync(join(dir, studyName(digest, kind)), 'utf8');
  } catch {
    return undefined;
  }
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

/**
 * How long the store keeps a file no run needs any more. A build reads pages and records for
 * the length of its Astro step after its loader has marked them in use (`pruneStore`), while a dev
 * server beside it may already have newer versions: an hour leaves that build time to finish.
 */
export const KEEP_UNUSED_MS = 60 * 60 * 1000;

/** What `pruneStore` judges by: the current guides' keys, and whether a guide file is this store's. */
export interface StoreUse {
  current: readonly RenderedKeys[];
  /** Whether an entry's guide (its `file`, relative to the project root) belongs to the guides folder being loaded. */
  owns(file: string): boolean;
}

/**
 * Keeps the store from growing with every edit: each version of a guide is written under a new
 * digest, so under `npm run dev` every save left the last one's pages (about 0.5 MB for a guide of
 * ten questions) for ever. The current guides' files are marked in use; an earlier version of a
 * guide of this folder, unused for `KEEP_UNUSED_MS`, is deleted (pages, records, then its entry),
 * as is a file a stopped write left half-made. Entries of another folder's guides sharing the
 * cache (`GUIDES_DIR` without `CACHE_DIR`) are left to that folder's own runs. Returns how many
 * files went.
 */
export function pruneStore(dir: string, use: StoreUse, now = Date.now()): number {
  const inUse = new Set(
    use.current.flatMap((k) => [
      `${k.digest}.guide.json`,
      ...STUDY_RECORDS.map((kind) => studyName(k.digest, kind)),
      `${k.digest}.entry.json`,
      `${k.source}.records.json`,
    ]),
  );
  const sources = new Set(use.current.map((k) => k.source));
  const modifiedAt = (name: string): number | undefined => {
    try {
      return statSync(join(dir, name)).mtimeMs;
    } catch {
      return undefined; // gone meanwhile
    }
  };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  const remove = (name: string) => {
    if (existsSync(join(dir, name))) removed++;
    rmSync(join(dir, name), { force: true });
  };
  for (const name of names) {
    const mtime = modifiedAt(name);
    if (mtime === undefined) continue;
    if (inUse.has(name)) {
      // Marked in use; only when half the time has passed, so a warm run writes almost nothing.
      if (mtime < now - KEEP_UNUSED_MS / 2) utimesSync(join(dir, name), now / 1000, now / 1000);
      continue;
    }
    if (mtime >= now - KEEP_UNUSED_MS) continue;
    if (HALF_WRITTEN.test(name)) {
      remove(name);
      continue;
    }
    const digest = ENTRY_FILE.exec(name)?.[1];
    if (!digest) continue;
    const entry = readJson<{ file?: unknown; source?: unknown }>(join(dir, name));
    if (!entry || typeof entry.file !== 'string' || !use.owns(entry.file)) continue;
    remove(`${digest}.guide.json`);
    for (const kind of STUDY_RECORDS) remove(studyName(digest, kind));
    if (typeof entry.source === 'string' && !sources.has(entry.source))
      remove(`${entry.source}.records.json`);
    // The entry last: a run stopped midway finds it again next time.
    remove(name);
  }
  return removed;
}

const ENTRY_FILE = /^([0-9a-f]+)\.entry\.json$/;
/** `writeCacheFile`'s temporary name: the file's, then the writer's process id and a random word. */
const HALF_WRITTEN = /\.json\.\d+\.[0-9a-z]+$/;
