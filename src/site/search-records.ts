import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ParsedGuide } from '../content/load-guides.ts';
import { QUESTION_FREQUENCIES } from '../content/schema/scales.ts';
import { effectiveTags } from './question-tags.ts';
import { questionUrl } from './urls.ts';

/** One Pagefind record: a question page's searchable text, filters, result details and sort keys. */
export interface SearchRecord {
  url: string;
  language: 'en';
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Sort key: higher is asked more often. */
export function frequencyRank(frequency: string): number {
  return QUESTION_FREQUENCIES.indexOf(frequency as (typeof QUESTION_FREQUENCIES)[number]) + 1;
}

/** The prose of some Markdown: code blocks are left out (noise in results, and weight in every fragment). */
function text(nodes: readonly RootContent[]): string {
  const prose = (node: RootContent): string => {
    if (node.type === 'code') return '';
    if ('children' in node) return node.children.map((child) => prose(child as RootContent)).join(node.type === 'paragraph' || node.type === 'heading' ? '' : '\n');
    return toString(node);
  };
  return nodes.map(prose).join('\n').replace(/[ \t]+/g, ' ').replace(/\n{2,}/g, '\n').trim();
}

/**
 * The search index's records, straight from the guides: what a question page says in prose (title,
 * answers, follow-ups) without page chrome, buttons or code.
 */
export function searchRecords(guides: readonly ParsedGuide[]): SearchRecord[] {
  return guides.flatMap((guide) =>
    guide.questions.map((q) => {
      const summary = text(q.quickAnswer).replace(/\s+/g, ' ');
      return {
        url: questionUrl(guide.slug, q.meta.number, q.meta.title),
        language: 'en' as const,
        content: [q.meta.title, summary, text(q.detailedAnswer), text(q.codeExample ?? []), text(q.followUps)].filter(Boolean).join('\n\n'),
        meta: {
          title: q.meta.title,
          guide: guide.frontmatter.title,
          level: q.meta.level,
          frequency: q.meta.frequency,
          companies: q.meta.companies.join(', '),
          summary,
        },
        filters: {
          company: q.meta.companies,
          difficulty: [q.meta.level],
          frequency: [q.meta.frequency],
          tag: [...effectiveTags(q.meta, guide.frontmatter)],
          category: [q.meta.category],
          guide: [guide.frontmatter.title],
        },
        sort: { frequency: String(frequencyRank(q.meta.frequency)), updated: guide.frontmatter.lastUpdated },
      };
    }),
  );
}
