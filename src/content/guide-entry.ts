import type { GuideSummary } from '../render/render-guide.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { CheckableQuestion } from './questions.ts';
import type { SiteLinkFacts } from './site-links.ts';

export type StoredItem = [index: number, value: string, line: number];

/** What the checks across guides read of a guide, kept so an unchanged guide is not read again. */
export interface StoredLint {
  file: string;
  /** The frontmatter's valid tags and companies: index in the list, value, file line. */
  tags: StoredItem[];
  companies: StoredItem[];
  questions: Array<Pick<CheckableQuestion, 'meta' | 'metaLines' | 'line'>>;
}

/**
 * One guide file as the content store keeps it: small facts only. Its HTML and search records are
 * on disk, in a file named by `digest` (src/content/rendered-guides.ts), written when it had no
 * problems of its own.
 */
export interface GuideEntry {
  /** The file's name in the guides folder: `streams.md`. */
  name: string;
  /** Path relative to the project root, as messages name it. */
  file: string;
  /** Digest of everything the entry was made from: the file, its examples, the guides' names, the pipeline's code. */
  digest: string;
  /** Key of the guide's own files (not the code): its search records are named by it. */
  source: string;
  /** The guide's own problems; the checks across guides run on every load. */
  problems: Diagnostic[];
  /** The guide's pages, ids and site links, for the link check across guides. */
  links: SiteLinkFacts;
  /** Undefined when the frontmatter or Markdown could not be read. */
  lint: StoredLint | undefined;
  /** What lists and browse pages show of the guide; only for a guide without problems of its own. */
  summary?: GuideSummary | undefined;
}

/** The outcome of one load: every problem of every kind, over all guides. */
export interface GuideReport {
  diagnostics: Diagnostic[];
  /** Advice that does not stop a build (tags outside the vocabulary). */
  warnings: Diagnostic[];
  fileCount: number;
}
