import { statSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../config/site.ts';
import { formatReport } from '../content/diagnostics.ts';
import { checkedGuides, listGuideFiles, loadGuides } from '../content/load-guides.ts';
import { renderGuide, type RenderedGuide, type RenderedQuestion } from '../render/render-guide.ts';
import { type CrossCounts, crossCounts } from './cross-counts.ts';
import { effectiveTags } from './question-tags.ts';
import { buildTaxonomies, type Taxonomy, type TaxonomyKey } from './taxonomies.ts';

/** Everything the pages show, computed once per build and looked up by key. */
export interface Site {
  guides: RenderedGuide[];
  questions: RenderedQuestion[];
  taxonomies: Taxonomy[];
  guideBySlug: ReadonlyMap<string, RenderedGuide>;
  taxonomy(key: TaxonomyKey): Taxonomy;
  /** Topic × company: which companies ask about each tag, and each company's topics. */
  crossCounts: CrossCounts;
}

/** Thrown when guides do not pass the checks; its message is the full report. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
}

let cached: { fingerprint: string; site: Promise<Site> } | undefined;

/** The site's content. In dev it is re-read when a guide changes; in a build it is read once. */
export function getSite(): Promise<Site> {
  const fingerprint = import.meta.env?.DEV ? guidesFingerprint() : '';
  if (!cached || cached.fingerprint !== fingerprint) cached = { fingerprint, site: buildSite() };
  return cached.site;
}

/**
 * Every guide rendered. In a build the guides were checked just before, so each is read, rendered and
 * dropped in turn; otherwise (the dev server) they are checked first and problems are thrown.
 */
async function renderGuides(): Promise<RenderedGuide[]> {
  const options = { ...siteConfig, cacheDir: siteConfig.parseCacheDir };
  const highlight = { cacheDir: siteConfig.codeCacheDir };
  if (siteConfig.contentChecked) {
    const rendered: RenderedGuide[] = [];
    for (const { guide, guideFiles } of checkedGuides(options)) rendered.push(await renderGuide(guide, guideFiles, highlight));
    return rendered;
  }
  const result = loadGuides(options);
  if (result.diagnostics.length > 0) {
    const error = new ContentError(`Guides have problems:\n${formatReport(result.diagnostics, result.fileCount)}`);
    error.stack = error.message; // authors need the report, not our call stack
    throw error;
  }
  return Promise.all(result.guides.map((guide) => renderGuide(guide, result.guideFiles, highlight)));
}

function guidesFingerprint(): string {
  return listGuideFiles(siteConfig.guidesDir)
    .map((name) => {
      const stat = statSync(join(siteConfig.guidesDir, name));
      return `${name}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('|');
}

async function buildSite(): Promise<Site> {
  const guides = await renderGuides();
  guides.sort((a, b) => a.frontmatter.title.localeCompare(b.frontmatter.title, 'en'));
  const taxonomies = buildTaxonomies(guides);
  const byKey = new Map(taxonomies.map((t) => [t.key, t]));
  const counted = guides.flatMap((g) => g.questions.map((q) => ({ companies: q.companies, level: q.level, tags: effectiveTags(q, g.frontmatter) })));
  return {
    guides,
    questions: guides.flatMap((g) => g.questions),
    taxonomies,
    guideBySlug: new Map(guides.map((g) => [g.slug, g])),
    taxonomy: (key) => byKey.get(key) as Taxonomy,
    crossCounts: crossCounts(counted),
  };
}
