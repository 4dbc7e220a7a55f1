import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteConfig } from '../src/config/site.ts';
import {
  FRONTMATTER_JSON_SCHEMA_FILE,
  frontmatterJsonSchema,
} from '../src/content/schema/frontmatter-json-schema.ts';

/** `npm run schema`: writes the frontmatter's JSON Schema, generated from the zod schema. */
writeFileSync(resolve(siteConfig.root, FRONTMATTER_JSON_SCHEMA_FILE), frontmatterJsonSchema());
console.log(`Wrote ${FRONTMATTER_JSON_SCHEMA_FILE}.`);
