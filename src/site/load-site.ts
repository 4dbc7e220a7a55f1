import { statSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../config/site.ts';
import { formatReport } from '../content/diagnostics.ts';
import { checkedGuides, listGuideFiles, loadGuides } from '../content/load-guides.ts';
import { readVocabulary } from '../content/vocabulary.ts';
import { dictionary, type Synonyms } from '../client/search/query-words.ts';
import { renderGuide, type RenderedGuide, type RenderedQuestion } from '../render/render-guide.ts';
import { type CrossCounts, crossCounts } from './cross-counts.ts';
import { questionFacts } from './question-tags.ts';
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
  /** For the search: synonym groups from the vocabulary, and the words "Did you mean" may offer. */
  searchWords: { synonyms: Synonyms; words: string[]; alsoKnown: string[] };
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
    for (const { guide, guideFiles } of checkedGuides(options))
      rendered.push(await renderGuide(guide, guideFiles, highlight));
    return rendered;
  }
  const result = loadGuides(options);
  if (result.diagnostics.length > 0) {
    const error = new ContentError(
      `Guides have problems:\n${formatReport(result.diagnostics, result.fileCount)}`,
    );
    error.stack = error.message; // authors need the report, not our call stack
    throw error;
  }
  return Promise.all(
    result.guides.map((guide) => renderGuide(guide, result.guideFiles, highlight)),
  );
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
  const counted = guides.flatMap((g) => g.questions.map((q) => questionFacts(q, g)));
  return {
    guides,
    questions: guides.flatMap((g) => g.questions),
    taxonomies,
    guideBySlug: new Map(guides.map((g) => [g.slug, g])),
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
  guides: readonly RenderedGuide[],
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
