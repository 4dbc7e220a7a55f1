import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { contentKey } from '../cache/disk-cache.ts';
import { hasRendered, writeRendered } from '../cache/rendered-guides.ts';
import { codeJobs } from '../render/code-jobs.ts';
import { HighlightPool } from '../render/highlight-pool.ts';
import { guideSummary, renderGuide } from '../render/render-guide.ts';
import { searchRecords } from '../site/search-records.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { GuideEntry, GuideReport, StoredItem, StoredLint } from './guide-entry.ts';
import {
  checkGuideFile,
  fileDiagnostics,
  findGuideFiles,
  guideFileMap,
  guidePath,
  type LoadOptions,
  type ParsedGuide,
  repeatedSlugs,
} from './load-guides.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { SiteLinkCheck } from './site-links.ts';
import { type LintableGuide, lintAcrossGuides, readVocabulary } from './vocabulary.ts';

/** Where checked guides are kept between runs (Astro's content store), by file name. */
export interface GuideCache {
  get(name: string): GuideEntry | undefined;
  set(entry: GuideEntry): void;
  delete(name: string): void;
  names(): string[];
}

export interface GuideStoreOptions {
  guidesDir: string;
  root: string;
  /** Parsed Markdown kept between runs, keyed by content. */
  parseCacheDir: string;
  /** Highlighted code kept between runs, keyed by content. */
  codeCacheDir: string;
  /** Each clean guide's HTML and search records, one file per digest. */
  renderCacheDir: string;
}

/**
 * Each guide file's source key (of the file, its TypeScript versions and outputs, and the guide
 * names, which links resolve against) and digest (the source key and the pipeline's code). The
 * store keeps the digest and the rendered guide is named by it; the search records are named by
 * the source key, so the Pagefind integration finds them whatever code version it runs.
 */
export function guideKeys(
  options: Pick<GuideStoreOptions, 'guidesDir' | 'root'>,
  names = findGuideFiles(options.guidesDir, options.root).names,
): Array<{ name: string; source: string; digest: string }> {
  const version = pipelineVersion();
  return names.map((name) => {
    const source = contentKey(
      options.guidesDir,
      options.root,
      names.join('\n'),
      guideKey(options.guidesDir, name),
    );
    return { name, source, digest: contentKey(version, source) };
  });
}

/** Guides checked in a batch before their code is highlighted on every core, then rendered and dropped. */
const BATCH = 16;

/**
 * Brings the store up to date with the guide files: only files whose digest changed are read,
 * checked and rendered again (the HTML goes to disk, the store keeps small facts); the checks
 * across guides then run over every entry's facts, so one load reports every problem.
 */
export async function updateGuides(
  options: GuideStoreOptions,
  cache: GuideCache,
): Promise<GuideReport & { changed: number }> {
  const loadOptions: LoadOptions = { ...options, cacheDir: options.parseCacheDir };
  const { names, refused } = findGuideFiles(options.guidesDir, options.root);
  const guideFiles = guideFileMap(names);
  const changed: Array<{ name: string; source: string; digest: string }> = [];
  for (const keys of guideKeys(options, names)) {
    const cached = cache.get(keys.name);
    const stale = cached?.digest !== keys.digest;
    const unrendered = cached?.problems.length === 0 && !hasRendered(options.renderCacheDir, keys);
    if (stale || unrendered) changed.push(keys);
  }
  const pool = new HighlightPool(options.codeCacheDir);
  try {
    for (let i = 0; i < changed.length; i += BATCH) {
      const batch = changed.slice(i, i + BATCH).map((keys) => ({ keys, ...checkOne(keys) }));
      const clean = batch.filter(({ guide, entry }) => guide && entry.problems.length === 0);
      await pool.highlight(clean.flatMap(({ guide }) => (guide ? codeJobs(guide) : [])));
      for (const { guide, keys, entry } of clean) {
        if (!guide) continue;
        const rendered = await renderGuide(guide, guideFiles, { cacheDir: options.codeCacheDir });
        writeRendered(options.renderCacheDir, keys, { guide: rendered, records: searchRecords([guide]) });
        entry.summary = guideSummary(rendered);
      }
      for (const { entry } of batch) cache.set(entry);
    }
  } finally {
    await pool.close();
  }
  const current = new Set(names);
  for (const name of cache.names()) if (!current.has(name)) cache.delete(name);
  const entries = names.flatMap((name) => cache.get(name) ?? []);
  const fileLevel = fileDiagnostics(loadOptions, names, refused, guideFiles);
  const repeats = new Set([...repeatedSlugs(names, guideFiles)].map((n) => guidePath(loadOptions, n)));
  return {
    ...acrossGuides(entries, options, fileLevel, repeats),
    fileCount: names.length,
    changed: changed.length,
  };

  function checkOne({ name, digest }: { name: string; digest: string }): {
    guide?: ParsedGuide | undefined;
    entry: GuideEntry;
  } {
    const siteLinks = new SiteLinkCheck();
    const { guide, lintable, diagnostics } = checkGuideFile(name, loadOptions, guideFiles, {
      siteLinks,
    });
    const file = guidePath(loadOptions, name);
    const lint = lintable && storedLint(lintable);
    return { guide, entry: { name, file, digest, problems: diagnostics, links: siteLinks.facts(), lint } };
  }
}

/** The checks across guides (vocabulary, company spellings, titles, site links), over every entry's stored facts. */
function acrossGuides(
  entries: readonly GuideEntry[],
  options: GuideStoreOptions,
  fileLevel: Diagnostic[],
  repeats: ReadonlySet<string>,
): Omit<GuideReport, 'fileCount'> {
  const diagnostics = [...fileLevel, ...entries.flatMap((e) => e.problems)];
  const vocabulary = readVocabulary(options.guidesDir, options.root, diagnostics);
  // Two files behind one address are reported as such, not also as each other's duplicate titles.
  const lintable = entries.flatMap((e) =>
    e.lint && !repeats.has(e.file) ? [lintableGuide(e.lint)] : [],
  );
  const lint = lintAcrossGuides(lintable, vocabulary);
  const siteLinks = new SiteLinkCheck();
  for (const entry of entries) siteLinks.addFacts(entry.links);
  siteLinks.addTerms(lintable);
  diagnostics.push(...lint.errors, ...siteLinks.check());
  return { diagnostics, warnings: lint.warnings };
}

function storedLint(guide: LintableGuide): StoredLint {
  const items = (key: 'tags' | 'companies'): StoredItem[] =>
    // forEach skips the holes left by items that failed validation.
    guide.frontmatter[key].flatMap((value, i) => [[i, value, guide.lineOf([key, i])] as StoredItem]);
  return {
    file: guide.file,
    tags: items('tags'),
    companies: items('companies'),
    questions: guide.questions.map(({ meta, metaLines, line }) => ({ meta, metaLines, line })),
  };
}

function lintableGuide(lint: StoredLint): LintableGuide {
  const lines = new Map<string, number>();
  const list = (key: 'tags' | 'companies'): string[] => {
    const values: string[] = [];
    for (const [i, value, line] of lint[key]) {
      values[i] = value;
      lines.set(`${key}\0${i}`, line);
    }
    return values;
  };
  return {
    file: lint.file,
    frontmatter: { tags: list('tags'), companies: list('companies') },
    questions: lint.questions,
    lineOf: ([key, index]) => lines.get(`${String(key)}\0${String(index)}`) ?? 1,
  };
}

/** A guide file and its TypeScript versions and recorded outputs (`<guide>/q<N>-<k>.*`): its pages show them. */
function guideKey(guidesDir: string, name: string): string {
  const hash = createHash('sha256').update(readFileSync(join(guidesDir, name)));
  const folder = join(guidesDir, name.slice(0, -extname(name).length));
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    for (const file of readdirSync(folder).sort()) {
      const path = join(folder, file);
      if (statSync(path).isFile()) hash.update('\0').update(file).update('\0').update(readFileSync(path));
    }
  }
  return hash.digest('hex');
}
