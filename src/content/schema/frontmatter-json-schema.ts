import { z } from 'zod';
import { GuideFrontmatterSchema } from './guide-frontmatter.ts';

/** Where the committed JSON Schema lives, relative to the project root. */
export const FRONTMATTER_JSON_SCHEMA_FILE = 'schema/guide-frontmatter.schema.json';

/**
 * The frontmatter's JSON Schema, generated from the zod schema (as an author writes it), so editors
 * validate while typing. Checks zod runs in code (real dates, no repeats) are `npm run check`'s.
 */
export function frontmatterJsonSchema(): string {
  const schema = z.toJSONSchema(GuideFrontmatterSchema, { io: 'input', unrepresentable: 'any' });
  const described = {
    ...schema,
    title: 'Interview Prep guide frontmatter',
    description: 'The YAML frontmatter of content/guides/<slug>.md (see README, "Writing a guide").',
  };
  return `${JSON.stringify(described, null, 2)}\n`;
}
