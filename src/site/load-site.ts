import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { readRenderedGuide, readStudyJson, type StudyRecords } from '../cache/rendered-guides.ts';
import { siteConfig } from '../config/site.ts';
import { formatDiagnostic, formatReport } from '../content/diagnostics.ts';
import type { StoredRecord } from '../content/guide-loader.ts';
import { readVocabulary } from '../content/vocabulary.ts';
import { dictionary, type Synonyms } from '../client/search/query-words.ts';
import type { GuideSummary, QuestionSummary, RenderedGuide } from '../render/render-guide.ts';
import { type CrossCounts, crossCounts } from './cross-counts.ts';
import { questionFacts } from './question-tags.ts';
import { sidebarGuides } from './sidebar-guides.ts';
import { buildTaxonomies, type Taxonomy, type TaxonomyKey } from './taxonomies.ts';

/** Everything the pages show, computed once per build and looked up by key. */
export interface Site {
  guides: GuideSummary[];
  questions: QuestionSummary[];
  taxonomies: Taxonomy[];
  guideBySlug: ReadonlyMap<string, GuideSummary>;
  /** A guide with its HTML, read from disk when a page needs it (the site holds summaries only). */
  renderedGuide(slug: string): RenderedGuide;
  /** A guide's cards or mock questions as JSON, as the guides loader wrote them. */
  studyJson(slug: string, kind: StudyRecords): string;
  /**
   * What a guide's own pages (the guide and its questions) show: its digest, and what they show of
   * the other guides (the sidebar's titles, addresses and counts). The incremental build copies a
   * page from the last build while this is unchanged.
   */
  pageKey(slug: string): string;
  /**
   * The key of a page that is not a guide's own: what it shows of the guides in every page's
   * sidebar, and `view`, everything else it renders (its template reads nothing else).
   */
  browseKey(view: unknown): string;
  /** A guide's digest: its file, TypeScript versions, outputs and the pipeline's code. */
  guideDigest(slug: string): string;
  taxonomy(key: TaxonomyKey): Taxonomy;
  /** Topic × company: which companies ask about each tag, and each company's topics. */
  crossCounts: CrossCounts;
  /** For the search: synonym groups from the vocabulary, and the words "Did you mean" may offer. */
  searchWords: { synonyms: Synonyms; words: string[]; alsoKnown: string[] };
}

/** Thrown when guides do not pass the checks; its message is the full report. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
}

let cached: { key: string; site: Promise<Site> } | undefined;

/**
 * The site's content, from the guides loader's store: each guide's HTML is read from the file its
 * digest names. A build reads it once; the dev server again whenever the store changed. Guides
 * with problems throw the full report (the dev server shows it over the page).
 */
export async function getSite(): Promise<Site> {
  if (cached && !import.meta.env.DEV) return cached.site;
  const records = (await getCollection('guides')).map(
    (entry: { data: unknown }) => entry.data as StoredRecord,
  );
  const key = records.map(recordKey).join('|');
  if (!cached || cached.key !== key) cached = { key, site: buildSite(records) };
  return cached.site;
}

function recordKey(record: StoredRecord): string {
  return record.kind === 'guide'
    ? record.entry.digest
    : JSON.stringify(record.report.diagnostics.map(formatDiagnostic));
}

/** The guides' summaries and digests; a guide with problems throws the full report. */
function storedGuides(
  records: readonly StoredRecord[],
): Array<{ summary: GuideSummary; digest: string }> {
  const report = records.find((r) => r.kind === 'report')?.report;
  if (!report) throw new ContentError('the guides loader stored no report; run the build again');
  if (report.diagnostics.length > 0) {
    const error = new ContentError(
      `Guides have problems:\n${formatReport(report.diagnostics, report.fileCount, report.warnings)}`,
    );
    error.stack = error.message; // authors need the report, not our call stack
    throw error;
  }
  return records.flatMap((record) => {
    if (record.kind !== 'guide') return [];
    const { summary, digest, file } = record.entry;
    if (!summary) throw new ContentError(`${file}: the guides loader stored no pages for it`);
    return [{ summary, digest }];
  });
}

/** Guides read last: a guide's question pages are built one after another, so few are kept. */
const RECENT_GUIDES = 8;

function guideReader(digests: ReadonlyMap<string, string>): (slug: string) => RenderedGuide {
  const recent = new Map<string, RenderedGuide>();
  return (slug) => {
    const kept = recent.get(slug);
    if (kept) return kept;
    const digest = digests.get(slug);
    const guide = digest && readRenderedGuide(siteConfig.renderCacheDir, digest);
    if (!guide) throw new ContentError(`guide "${slug}": its pages are missing; build again`);
    recent.set(slug, guide);
    if (recent.size > RECENT_GUIDES) recent.delete(recent.keys().next().value ?? '');
    return guide;
  };
}

/**
 * What a page shows of the guides beside its own content: the sidebar's list (near `currentSlug`,
 * or from the start on other pages) and the number of guides, with the address the site is built
 * for. Each once per build.
 */
function navigationDigests(guides: readonly GuideSummary[]): (currentSlug?: string) => string {
  const address = JSON.stringify([siteConfig.base, siteConfig.siteUrl ?? '']);
  const digests = new Map<string | undefined, string>();
  return (currentSlug) => {
    const known = digests.get(currentSlug);
    if (known) return known;
    const { shown, total } = sidebarGuides(guides, currentSlug);
    const digest = createHash('sha256')
      .update(address)
      .update(
        JSON.stringify([
          total,
          shown.map((g) => [g.slug, g.url, g.frontmatter.title, g.questions.length]),
        ]),
      )
      .digest('hex');
    digests.set(currentSlug, digest);
    return digest;
  };
}

async function buildSite(records: readonly StoredRecord[]): Promise<Site> {
  const stored = storedGuides(records);
  const guides = stored.map((g) => g.summary);
  const digests = new Map(stored.map((g) => [g.summary.slug, g.digest]));
  guides.sort((a, b) => a.frontmatter.title.localeCompare(b.frontmatter.title, 'en'));
  const guideDigest = (slug: string): string => {
    const digest = digests.get(slug);
    if (!digest) throw new ContentError(`guide "${slug}": not in the guides loader's store`);
    return digest;
  };
  const navigation = navigationDigests(guides);
  const taxonomies = buildTaxonomies(guides);
  const byKey = new Map(taxonomies.map((t) => [t.key, t]));
  const counted = guides.flatMap((g) => g.questions.map((q) => questionFacts(q, g)));
  return {
    guides,
    questions: guides.flatMap((g) => g.questions),
    taxonomies,
    guideBySlug: new Map(guides.map((g) => [g.slug, g])),
    renderedGuide: guideReader(digests),
    studyJson: (slug, kind) => {
      const json = readStudyJson(siteConfig.renderCacheDir, guideDigest(slug), kind);
      if (json === undefined)
        throw new ContentError(`guide "${slug}": its ${kind} records are missing; build again`);
      return json;
    },
    // Each guide's pages: its digest, and the sidebar beside it.
    pageKey: (slug) => `${guideDigest(slug)}:${navigation(slug)}`,
    browseKey: (view) =>
      createHash('sha256').update(navigation()).update(JSON.stringify(view)).digest('hex'),
    guideDigest,
    taxonomy: (key) => byKey.get(key) as Taxonomy,
    crossCounts: crossCounts(counted),
    searchWords: searchWords(
      guides,
      counted.flatMap((q) => q.tags),
    ),
  };
}

/** The vocabulary (tags, companies, synonyms) and every question title and category, as search words. */
function searchWords(
  guides: readonly GuideSummary[],
  tags: readonly string[],
): Site['searchWords'] {
  const vocabulary = readVocabulary(siteConfig.guidesDir, siteConfig.root, []);
  const synonyms = vocabulary?.synonyms ?? [];
  const questions = guides.flatMap((g) => g.questions);
  const texts = [
    ...questions.map((q) => q.title),
    ...questions.map((q) => q.category),
    ...(vocabulary?.tags ?? []),
    ...tags,
    ...tags.map((t) => t.replace(/-/g, ' ')),
    ...synonyms.flat(),
  ];
  const words = dictionary(texts);
  const offered = new Set(words);
  // Words of the quick answers are correct spellings too: typed, they get no suggestion.
  const alsoKnown = dictionary(questions.map((q) => q.summary)).filter((w) => !offered.has(w));
  return { synonyms, words, alsoKnown };
}
