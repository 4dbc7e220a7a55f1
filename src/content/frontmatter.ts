import matter from 'gray-matter';
import { type Document, LineCounter, isMap, isPair, isScalar, parseDocument } from 'yaml';
import type { DiagnosticSink } from './diagnostics.ts';
import { LIMITS } from './limits.ts';

type Path = readonly PropertyKey[];

/** The frontmatter as data plus where each value sits in the file. */
export interface LocatedFrontmatter {
  data: unknown;
  valueAt(path: Path): unknown;
  lineOf(path: Path): number;
}

export interface SplitGuide {
  /** Undefined when the YAML could not be read (reported): the body is still checked. */
  frontmatter: LocatedFrontmatter | undefined;
  /** Markdown after the closing `---`. */
  body: string;
  /** File line of the body's first line. */
  bodyStartLine: number;
  /** Offset of the body's first character in the file. */
  bodyStartOffset: number;
}

/**
 * Splits frontmatter from body and parses the YAML, reporting its problems. Undefined when the
 * body cannot be found; frontmatter that is not valid YAML still leaves the body to check.
 */
export function splitGuide(text: string, sink: DiagnosticSink): SplitGuide | undefined {
  if (text.trim() === '') {
    sink.add('file.empty', 1, 'file');
    return undefined;
  }
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    const firstLine = lines.findIndex((l) => l.trim() !== '');
    sink.add('frontmatter.no-opening-line', firstLine + 1, 'frontmatter', {
      firstLine: lines[firstLine]?.trim() ?? '',
    });
    return undefined;
  }
  const closing = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (closing === -1) {
    sink.add('frontmatter.unclosed', 1, 'frontmatter');
    return undefined;
  }

  const frontmatterChars = lines.slice(0, closing + 1).join('\n').length;
  if (frontmatterChars > LIMITS.frontmatterChars) {
    sink.add('limits.frontmatter-size', 1, 'frontmatter', { characters: frontmatterChars });
    return undefined;
  }

  let document: Document | undefined;
  const lineCounter = new LineCounter();
  const file = matter(text, {
    engines: {
      yaml: (raw: string) => {
        document = parseDocument(raw, { lineCounter, uniqueKeys: true, prettyErrors: false });
        return {};
      },
    },
  });
  // gray-matter keeps the rest of the opening "---" line, so YAML line N is file line N.
  const yamlLine = (offset: number) => lineCounter.linePos(offset).line;
  if (!document) document = parseDocument('', { lineCounter });
  const bodyStartLine = lines.length - file.content.split('\n').length + 1;
  const body = {
    body: file.content,
    bodyStartLine,
    bodyStartOffset: text.length - file.content.length,
  };
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const message = error.message.split('\n')[0] ?? error.message;
      if (/call stack/i.test(message))
        sink.add('frontmatter.too-deep', yamlLine(error.pos[0]), 'frontmatter');
      else
        sink.add('frontmatter.yaml-syntax', yamlLine(error.pos[0]), 'frontmatter', {
          error: message,
          hint: yamlHint(error.code),
        });
    }
    return { frontmatter: undefined, ...body };
  }

  const doc = document;
  const lineOf = (path: Path): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return yamlLine(node.range[0]);
      const key = depth === 1 ? findKeyNode(doc, path[0]) : undefined;
      if (key?.range) return yamlLine(key.range[0]);
    }
    return 1;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases }) ?? {};
  } catch {
    // The yaml package refuses alias chains that would expand without bound ("billion laughs").
    sink.add('limits.yaml-aliases', firstAliasLine(raw(text, closing)), 'frontmatter');
    return { frontmatter: undefined, ...body };
  }
  return { frontmatter: { data, lineOf, valueAt: (path) => valueAt(data, path) }, ...body };
}

function raw(text: string, closingLine: number): string {
  return text.split('\n').slice(0, closingLine).join('\n');
}

/** File line of the first `*alias` in the frontmatter lines. */
function firstAliasLine(frontmatterText: string): number {
  const at = frontmatterText.search(/(^|[\s,[{:])\*[^\s,\]}]/);
  return at === -1 ? 1 : frontmatterText.slice(0, at + 1).split('\n').length;
}

function findKeyNode(doc: Document, key: PropertyKey | undefined) {
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === key) return pair.key;
  }
  return undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'each key may appear once; remove the repeat';
  if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MISSING_CHAR')
    return 'check for a missing ":" or an unclosed quote or bracket';
  return 'quote values that contain ":" or "#", and close every [ ] and " "';
}
