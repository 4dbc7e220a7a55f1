import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { problem, type Problem } from './diagnostic-catalogue.ts';
import { diagnosticAt, formatDiagnostic } from './diagnostics.ts';
import { latestToday } from './schema/calendar-date.ts';
import { FRONTMATTER_JSON_SCHEMA_FILE } from './schema/frontmatter-json-schema.ts';
import { KEBAB_CASE } from './slug.ts';

/** A guide's title from its slug: `http-caching` → "Http Caching". */
const titleOf = (slug: string) =>
  slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** The new guide's text: valid frontmatter and one question with a JavaScript example. */
export function guideTemplate(slug: string, schemaPath: string, today = latestToday()): string {
  const title = titleOf(slug);
  return `---
# yaml-language-server: $schema=${schemaPath}
title: "${title}"
category: ${slug}
difficulty: intermediate
estimatedReadTime: 10
questionCount: 1
tags: [${slug}]
companies: []
frequency: common
lastUpdated: ${today}
---

# ${title}

## Quick Read

### Executive Summary
What ${title} is and why interviewers ask about it, in two or three sentences.

### Key Points
- The first thing a candidate should know.

### TL;DR
One sentence to remember.

## Interview Questions

### Question 1: What is ${title} and when would you use it?
**Difficulty**: Junior
**Category**: ${title}
**Companies**: | **Frequency**: Common

**Quick Answer**: One to three sentences that stand alone.

**Detailed Answer**: As many paragraphs, lists, tables and code blocks as the answer needs.

**Code Example**:
\`\`\`js
const greet = (name) => \`Hello, \${name}!\`;
console.log(greet('reader'));
\`\`\`

**Follow-up Questions**:
- A question an interviewer would ask next?
`;
}

/** The TypeScript version of the template's one block, and the output it prints. */
const TS_VERSION =
  "const greet = (name: string): string => `Hello, ${name}!`;\nconsole.log(greet('reader'));\n";
const TS_VERSION_OUTPUT = 'Hello, reader!\n';

export interface ScaffoldResult {
  /** Files written, relative to the project root; empty when refused. */
  written: string[];
  /** Why nothing was written, as one line. */
  refused?: string | undefined;
}

/**
 * Writes `<slug>.md` into the guides folder with one question, and its TypeScript version with
 * recorded output; refuses a slug that is not kebab-case or that a guide already uses.
 */
export function scaffoldGuide(guidesDir: string, slug: string, root: string): ScaffoldResult {
  const path = (...parts: string[]) =>
    relative(root, join(guidesDir, ...parts))
      .split('\\')
      .join('/');
  const refuse = (found: Problem): ScaffoldResult => ({
    written: [],
    refused: formatDiagnostic(
      diagnosticAt({ file: path(`${slug}.md`), line: 1, field: 'slug' }, found),
    ),
  });
  if (!KEBAB_CASE.test(slug)) {
    return refuse(problem('scaffold.invalid-slug', { slug }));
  }
  const taken = [`${slug}.md`, `${slug}.mdx`, slug].find((name) =>
    existsSync(join(guidesDir, name)),
  );
  if (taken) {
    return refuse(problem('scaffold.slug-taken', { slug, file: path(taken) }));
  }
  const schemaPath = relative(guidesDir, join(root, FRONTMATTER_JSON_SCHEMA_FILE))
    .split('\\')
    .join('/');
  mkdirSync(join(guidesDir, slug), { recursive: true });
  writeFileSync(join(guidesDir, `${slug}.md`), guideTemplate(slug, schemaPath));
  writeFileSync(join(guidesDir, slug, 'q1-1.ts'), TS_VERSION);
  writeFileSync(join(guidesDir, slug, 'q1-1.output.txt'), TS_VERSION_OUTPUT);
  return { written: [path(`${slug}.md`), path(slug, 'q1-1.ts'), path(slug, 'q1-1.output.txt')] };
}
