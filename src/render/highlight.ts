import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentKey, readCacheFile, writeCacheFile } from '../cache/disk-cache.ts';
import { highlightCode, tagHighlighter } from '@lezer/highlight';
import { parser as javascriptParser } from '@lezer/javascript';
import {
  type BundledLanguage,
  bundledLanguages,
  bundledLanguagesInfo,
  createCssVariablesTheme,
  createHighlighter,
  type Highlighter,
} from 'shiki';
import { TOKEN_CLASSES } from './token-classes.ts';

/** One theme of CSS variables: tokenised once, coloured for light and dark by the stylesheet. */
const theme = createCssVariablesTheme({
  name: 'site',
  variablePrefix: '--code-',
  variableDefaults: {},
  fontStyle: true,
});
/** Theme variables → the short classes `code.css` colours. */
const THEME_CLASSES: Record<string, string> = {
  'var(--code-token-keyword)': 'k',
  'var(--code-token-string)': 's',
  'var(--code-token-comment)': 'c',
  'var(--code-token-constant)': 'n',
  'var(--code-token-function)': 'f',
  'var(--code-token-parameter)': 'p',
  'var(--code-token-string-expression)': 'e',
  'var(--code-token-punctuation)': 'u',
  'var(--code-token-link)': 'l',
};
/**
 * Bump when the HTML below changes, so cached blocks are redone (v3: blocks cut short by the old
 * time limit; v4: JavaScript and TypeScript through Lezer).
 */
const RENDER_VERSION = 'code-v4';
/** No per-line time limit: Shiki's default (500 ms) leaves the rest of a line uncoloured on a busy CPU, and the cache would keep it. */
const NO_TIME_LIMIT = 0;

let highlighter: Promise<Highlighter> | undefined;
const memory = new Map<string, Promise<string>>();

export interface HighlightOptions {
  /** Folder for highlighted blocks kept between builds; none keeps them in memory only. */
  cacheDir?: string | undefined;
}

/** The name a reader knows a fence language by, e.g. `js` → "JavaScript". */
export function languageName(lang: string): string {
  const info = bundledLanguagesInfo.find((l) => l.id === lang || l.aliases?.includes(lang));
  return info?.name ?? (lang === '' ? 'Text' : lang);
}

function cacheKey(code: string, lang: string): string {
  return contentKey(RENDER_VERSION, lang, code);
}

/** Whether a block's highlighted HTML is already in the on-disk cache. */
export function isCached(code: string, lang: string, cacheDir: string): boolean {
  return existsSync(join(cacheDir, `${cacheKey(code, lang)}.html`));
}

/** Highlighted HTML for a code block; each distinct block is tokenised once, across builds when cached. */
export function highlight(
  code: string,
  lang: string,
  options: HighlightOptions = {},
): Promise<string> {
  const key = cacheKey(code, lang);
  let html = memory.get(key);
  if (!html) {
    html = fromDiskOrRender(key, code, lang, options.cacheDir);
    memory.set(key, html);
    // With a disk cache, memory holds a block only while it is being made: the disk keeps it.
    const forget = () => void memory.delete(key);
    if (options.cacheDir) html.then(forget, forget);
  }
  return html;
}

async function fromDiskOrRender(
  key: string,
  code: string,
  lang: string,
  cacheDir: string | undefined,
): Promise<string> {
  const file = cacheDir ? join(cacheDir, `${key}.html`) : undefined;
  const cached = file && readCacheFile(file);
  if (cached !== undefined) return cached;
  const html = await render(code, lang);
  if (file) writeCacheFile(file, html);
  return html;
}

/**
 * JavaScript and TypeScript are parsed by Lezer, the parser of the example editor, and coloured by
 * the editor's own table (token-classes.ts): a pane and its editor show the same colours, and Lezer
 * reads these listings about four times as fast as Shiki's TextMate grammar, which was half the
 * time of a large build. Other languages keep Shiki's grammars.
 */
const LEZER_DIALECTS: ReadonlyMap<string, string> = new Map([
  ['js', ''],
  ['javascript', ''],
  ['mjs', ''],
  ['cjs', ''],
  ['jsx', 'jsx'],
  ['ts', 'ts'],
  ['typescript', 'ts'],
  ['mts', 'ts'],
  ['cts', 'ts'],
  ['tsx', 'ts jsx'],
]);
const syntaxHighlighter = tagHighlighter(TOKEN_CLASSES);
const lezerParsers = new Map<string, typeof javascriptParser>();

/** The lines of a listing as the site's token spans, from Lezer's syntax tree. */
function lezerLines(code: string, dialect: string): string[] {
  let parser = lezerParsers.get(dialect);
  if (!parser) lezerParsers.set(dialect, (parser = javascriptParser.configure({ dialect })));
  const lines: string[] = [];
  let line = '';
  highlightCode(
    code,
    parser.parse(code),
    syntaxHighlighter,
    (text, classes) => {
      // One class a token: the first rule that matched.
      const className = classes.split(' ')[0];
      line += className
        ? `<span class="${className}">${escapeText(text)}</span>`
        : escapeText(text);
    },
    () => {
      lines.push(line);
      line = '';
    },
  );
  lines.push(line);
  return lines;
}

function listing(lines: readonly string[]): string {
  const spans = lines.map((line) => `<span class="line">${line}</span>`);
  return `<pre class="code" tabindex="0"><code>${spans.join('\n')}</code></pre>`;
}

async function render(code: string, lang: string): Promise<string> {
  // A Map, not an object: a fence language may be any word, `constructor` included.
  const dialect = LEZER_DIALECTS.get(lang.toLowerCase());
  if (dialect !== undefined)
    return listing(lezerLines(code.replace(/\r\n?/g, '\n').replace(/\n$/, ''), dialect));
  const instance = await (highlighter ??= createHighlighter({ themes: [theme], langs: [] }));
  const language = Object.hasOwn(bundledLanguages, lang.toLowerCase())
    ? (lang.toLowerCase() as BundledLanguage)
    : undefined;
  if (language && !instance.getLoadedLanguages().includes(language))
    await instance.loadLanguage(language);
  const { tokens } = instance.codeToTokens(code.replace(/\n$/, ''), {
    lang: language ?? 'text',
    theme: 'site',
    tokenizeTimeLimit: NO_TIME_LIMIT,
  });
  const lines = tokens.map((line) => {
    const spans = line.map((token) => {
      const text = escapeText(token.content);
      const className = token.color ? THEME_CLASSES[token.color] : undefined;
      const italic = token.fontStyle !== undefined && (token.fontStyle & 1) === 1 ? ' i' : '';
      return className ? `<span class="${className}${italic}">${text}</span>` : text;
    });
    return spans.join('');
  });
  return listing(lines);
}

const NEEDS_ESCAPING = /[&<>]/;

/**
 * Escapes text content (quotes stay as written, so code reads the same in the HTML). Most tokens
 * have nothing to escape, and one test costs a third of three replaces.
 */
export function escapeText(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
