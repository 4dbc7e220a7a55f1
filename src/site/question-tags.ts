import type { GuideFrontmatter } from '../content/schema/guide-frontmatter.ts';
import type { QuestionMeta } from '../content/schema/question-meta.ts';
import type { QuestionFacts } from './facets.ts';

/**
 * A question's topics: its own `**Tags**:` line, or its guide's tags when it has none (so guides in
 * the reference format, without the line, keep working). Every page, filter and index uses this.
 */
export function effectiveTags(
  question: Pick<QuestionMeta, 'tags'>,
  guide: Pick<GuideFrontmatter, 'tags'>,
): readonly string[] {
  return question.tags ?? guide.tags;
}

/** A question's filterable values (see facets.ts), read once from its meta and its guide. */
export function questionFacts(
  question: Pick<QuestionMeta, 'companies' | 'level' | 'frequency' | 'tags' | 'category'>,
  guide: { frontmatter: Pick<GuideFrontmatter, 'tags' | 'title'> },
): QuestionFacts & { companies: string[]; tags: string[] } {
  return {
    companies: [...question.companies],
    level: question.level,
    frequency: question.frequency,
    tags: [...effectiveTags(question, guide.frontmatter)],
    category: question.category,
    guideTitle: guide.frontmatter.title,
  };
}
