/** Netlify/Cloudflare `_headers`: path rules, each with indented `Name: value` lines. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule)
      throw new Error(
        `_headers:${index + 1}: expected "  Name: value" under a path, received "${line}"`,
      );
    rule.headers.push([header[1] as string, (header[2] as string).trim()]);
  }
  return rules;
}

/** Whether a rule's path matches, as both hosts do: `*` matches anything, `:name` one segment. */
export function ruleMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** Every header the hosts would send for a path: all matching rules, merged (a name may repeat). */
export function headersForPath(
  rules: readonly HeaderRule[],
  path: string,
): Array<[string, string]> {
  return rules.filter((rule) => ruleMatches(rule.pattern, path)).flatMap((rule) => rule.headers);
}
