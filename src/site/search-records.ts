import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ParsedGuide } from '../content/load-guides.ts';
import { LEVELS, QUESTION_FREQUENCIES } from '../content/schema/scales.ts';
import { FACETS } from './facets.ts';
import { questionFacts } from './question-tags.ts';
import { QUESTION_FILTER } from '../client/search/pagefind-param.ts';
import { questionId } from '../study/ids.ts';
import { questionUrl } from './urls.ts';

/** One Pagefind record: a question page's searchable text, filters, result details and sort keys. */
export interface SearchRecord {
  url: string;
  language: 'en';
  /** The searchable text in parts that weigh differently: title most, then the quick answer. */
  title: string;
  summary: string;
  body: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** How much a word counts in each part (Pagefind's `data-pagefind-weight`; body text is 1). */
export const SEARCH_WEIGHTS = { title: 10, summary: 4 } as const;

/** Sort key: higher is asked more often. */
export function frequencyRank(frequency: string): number {
  return QUESTION_FREQUENCIES.indexOf(frequency as (typeof QUESTION_FREQUENCIES)[number]) + 1;
}

/** The prose of some Markdown: code blocks are left out (noise in results, and weight in every fragment). */
function text(nodes: readonly RootContent[]): string {
  const prose = (node: RootContent): string => {
    if (node.type === 'code') return '';
    if ('children' in node)
      return node.children
        .map((child) => prose(child as RootContent))
        .join(node.type === 'paragraph' || node.type === 'heading' ? '' : '\n');
    return toString(node);
  };
  return nodes
    .map(prose)
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * The search index's records, straight from the guides: what a question page says in prose (title,
 * answers, follow-ups) without page chrome, buttons or code.
 */
export function searchRecords(guides: readonly ParsedGuide[]): SearchRecord[] {
  return guides.flatMap((guide) =>
    guide.questions.map((q) => {
      const facts = questionFacts(q.meta, guide);
      // The page's own (sanitised) words when the guide was checked here; Markdown text otherwise.
      const prose = guide.prose?.get(q);
      const summary = prose?.summary ?? text(q.quickAnswer).replace(/\s+/g, ' ');
      return {
        url: questionUrl(guide.slug, q.meta.number, q.meta.title),
        language: 'en' as const,
        title: q.meta.title,
        summary,
        body:
          prose?.body ??
          [text(q.detailedAnswer), text(q.codeExample ?? []), text(q.followUps)]
            .filter(Boolean)
            .join('\n\n'),
        meta: {
          title: q.meta.title,
          guide: guide.frontmatter.title,
          level: q.meta.level,
          frequency: q.meta.frequency,
          companies: q.meta.companies.join(', '),
          summary,
        },
        filters: {
          ...Object.fromEntries(FACETS.map((facet) => [facet.key, [...facet.values(facts)]])),
          // Not shown as a facet: lets the search narrow to the questions the reader's progress selects.
          [QUESTION_FILTER]: [questionId(guide.slug, q.meta.number)],
        },
        sort: {
          frequency: String(frequencyRank(q.meta.frequency)),
          level: String(LEVELS.indexOf(q.meta.level) + 1),
          updated: guide.frontmatter.lastUpdated,
        },
      };
    }),
  );
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * A record as the small HTML page Pagefind indexes: custom records cannot weigh words, HTML can
 * (`data-pagefind-weight`). Filters, meta and sort keys sit in empty elements' attributes, so
 * their values are not indexed as words.
 */
export function recordHtml(record: SearchRecord): string {
  const data = (kind: string, key: string, value: string) =>
    `<span data-pagefind-${kind}="${escapeHtml(key)}[data-value]" data-value="${escapeHtml(value)}"></span>`;
  const tags = [
    ...Object.entries(record.meta).map(([key, value]) => data('meta', key, value)),
    ...Object.entries(record.filters).flatMap(([key, values]) =>
      values.map((value) => data('filter', key, value)),
    ),
    ...Object.entries(record.sort).map(([key, value]) => data('sort', key, value)),
  ];
  const body = record.body
    .split(/\n+/)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  return `<!doctype html><html lang="${record.language}"><head><title>${escapeHtml(record.title)}</title></head><body><main data-pagefind-body><h1 data-pagefind-weight="${SEARCH_WEIGHTS.title}">${escapeHtml(record.title)}</h1><p data-pagefind-weight="${SEARCH_WEIGHTS.summary}">${escapeHtml(record.summary)}</p>${body}${tags.join('')}</main></body></html>`;
}
