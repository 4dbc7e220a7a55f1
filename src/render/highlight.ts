import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentKey, writeCacheFile } from '../cache/disk-cache.ts';
import {
  type BundledLanguage,
  bundledLanguages,
  bundledLanguagesInfo,
  createCssVariablesTheme,
  createHighlighter,
  type Highlighter,
} from 'shiki';

/** One theme of CSS variables: tokenised once, coloured for light and dark by the stylesheet. */
const theme = createCssVariablesTheme({
  name: 'site',
  variablePrefix: '--code-',
  variableDefaults: {},
  fontStyle: true,
});
/** Theme variables → the short classes `code.css` colours. */
const TOKEN_CLASSES: Record<string, string> = {
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
/** Bump when the HTML below changes, so cached blocks are redone (v3: blocks cut short by the old time limit). */
const RENDER_VERSION = 'code-v3';
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
  if (file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      // not cached yet
    }
  }
  const html = await render(code, lang);
  if (file) writeCacheFile(file, html);
  return html;
}

async function render(code: string, lang: string): Promise<string> {
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
      const className = token.color ? TOKEN_CLASSES[token.color] : undefined;
      const italic = token.fontStyle !== undefined && (token.fontStyle & 1) === 1 ? ' i' : '';
      return className ? `<span class="${className}${italic}">${text}</span>` : text;
    });
    return `<span class="line">${spans.join('')}</span>`;
  });
  return `<pre class="code" tabindex="0"><code>${lines.join('\n')}</code></pre>`;
}

/** Escapes text content (quotes stay as written, so code reads the same in the HTML). */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
