import { type RenderedKeys, writeEntry, writeRendered } from '../cache/rendered-guides.ts';
import { guideSummary, renderGuide } from '../render/render-guide.ts';
import { searchRecords } from '../site/search-records.ts';
import { guideCards } from '../study/guide-cards.ts';
import { mockQuestions } from '../study/mock-questions.ts';
import { predictExamples } from '../study/predict-examples.ts';
import type { GuideEntry, StoredItem, StoredLint } from './guide-entry.ts';
import { guideFileMap, guidePath } from './guide-files.ts';
import { checkGuideFile, type LoadOptions } from './load-guides.ts';
import { SiteLinkCheck } from './site-links.ts';
import type { LintableGuide } from './vocabulary.ts';

/** What one pass over changed guides needs: plain data, so a worker thread can be sent it. */
export interface PassOptions {
  load: LoadOptions;
  /** Every guide file's name: links resolve against them. */
  names: string[];
  codeCacheDir: string;
  renderCacheDir: string;
}

export type PassJob = RenderedKeys & { name: string };

/**
 * Reads, checks and (when it has no problems of its own) renders each guide, writing its HTML and
 * search records to disk; returns the small entries the store keeps. Each guide's trees are
 * dropped before the next is read.
 */
export async function checkAndRender(
  jobs: readonly PassJob[],
  options: PassOptions,
): Promise<GuideEntry[]> {
  const guideFiles = guideFileMap(options.names);
  const entries: GuideEntry[] = [];
  for (const job of jobs) {
    const siteLinks = new SiteLinkCheck();
    const checked = checkGuideFile(job.name, options.load, guideFiles, { siteLinks });
    const entry: GuideEntry = {
      name: job.name,
      file: guidePath(options.load, job.name),
      digest: job.digest,
      source: job.source,
      problems: checked.diagnostics,
      links: siteLinks.facts(),
      lint: checked.lintable && storedLint(checked.lintable),
    };
    if (checked.guide && checked.diagnostics.length === 0) {
      const highlight = { cacheDir: options.codeCacheDir };
      const rendered = await renderGuide(checked.guide, guideFiles, highlight);
      const records = searchRecords([checked.guide]);
      writeRendered(options.renderCacheDir, job, {
        guide: rendered,
        records,
        cards: guideCards(rendered),
        mock: mockQuestions(rendered),
        predict: predictExamples(rendered, checked.guide.tsVersions.values()),
      });
      entry.summary = guideSummary(rendered);
    }
    writeEntry(options.renderCacheDir, job.digest, entry);
    entries.push(entry);
  }
  return entries;
}

function storedLint(guide: LintableGuide): StoredLint {
  const items = (key: 'tags' | 'companies'): StoredItem[] =>
    // flatMap skips the holes left by items that failed validation.
    guide.frontmatter[key].flatMap((value, i) => [
      [i, value, guide.lineOf([key, i])] as StoredItem,
    ]);
  return {
    file: guide.file,
    tags: items('tags'),
    companies: items('companies'),
    questions: guide.questions.map(({ meta, metaLines, line }) => ({ meta, metaLines, line })),
  };
}
