/** Limits that keep one hostile guide from exhausting the stack, the memory or the clock. */
export const LIMITS = {
  /** Bytes in one guide file (the largest benchmark guide is about 10 MB). */
  guideBytes: 16 * 1024 * 1024,
  /** Characters of frontmatter. */
  frontmatterChars: 64 * 1024,
  /** YAML aliases expanded in the frontmatter (`*anchor`); real guides use none. */
  yamlAliases: 20,
  /** Nested blockquotes and lists on one line of Markdown. */
  markdownNesting: 32,
  /** Nodes nested inside each other in the parsed Markdown (emphasis in a link in a list …). */
  treeDepth: 64,
  /** Raw HTML elements open inside each other. */
  htmlDepth: 64,
  /** One run of `*`, `_`, `~`, `[` or `]`: long runs make the Markdown parser quadratic. */
  delimiterRun: 100,
} as const;
