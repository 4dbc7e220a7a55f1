import type { GuideFrontmatter } from '../content/schema/guide-frontmatter.ts';
import type { QuestionMeta } from '../content/schema/question-meta.ts';

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
