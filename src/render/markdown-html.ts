import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Code, RootContent } from 'mdast';
import type GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import type { LocatedElement } from '../content/html-elements.ts';
import { type GuideFiles, rewriteLinks } from '../content/links.ts';
import { CODE_SLOT, codeSlotIndex, markdownToHast } from '../content/to-hast.ts';
import type { TsVersion } from '../content/ts-versions.ts';
import { typeInfoFor, typeInfoOptions } from '../examples/type-info-cache.ts';
import { examplePair } from './example-pair.ts';
import { highlight, languageName, type HighlightOptions } from './highlight.ts';
import { type Removal, sanitizeTree } from './sanitize.ts';

/** A code block as written in a guide. */
export interface CodeBlock {
  /** Fence language as written (`js`, `sql`, … or empty). */
  lang: string;
  code: string;
  /** File line of the opening fence. */
  line: number;
  /** Its TypeScript version, for js/ts blocks. */
  tsVersion: TsVersion | undefined;
}

export interface FragmentContext {
  guideFiles: GuideFiles;
  /** Gives headings unique ids across one page. */
  slugger: GithubSlugger;
  tsVersions: ReadonlyMap<Code, TsVersion>;
  /** The guide file's text, for the lines of raw HTML. */
  source: string | undefined;
}

/**
 * Some Markdown as the page will show it: the allowlisted tree (links to guides pointed at their
 * pages, headings given ids, code blocks as slots), what the sanitiser removed, and every element
 * as written, for the friendly checks. The check and the page read this same tree.
 */
export interface Fragment {
  tree: HastRoot;
  code: CodeBlock[];
  removals: Removal[];
  elements: LocatedElement[];
}

export function buildFragment(nodes: readonly RootContent[], context: FragmentContext): Fragment {
  const code: CodeBlock[] = [];
  const written = markdownToHast(nodes, {
    source: context.source,
    onCode: (node: Code) =>
      code.push({
        lang: node.lang ?? '',
        code: node.value,
        line: node.position?.start.line ?? 0,
        tsVersion: context.tsVersions.get(node),
      }) - 1,
  });
  const elements: LocatedElement[] = [];
  visit(
    written,
    'element',
    (element: Element) =>
      void elements.push({
        element,
        line: element.position?.start.line ?? nodes[0]?.position?.start.line ?? 1,
      }),
  );
  const { tree, removals } = sanitizeTree(written);
  rewriteLinks(tree, context.guideFiles);
  addHeadingIds(tree, context.slugger);
  return { tree, code, removals, elements };
}

/** The fragment's HTML, with each code block highlighted (and paired with its TypeScript version). */
export async function fragmentHtml(fragment: Fragment, options: HighlightOptions): Promise<string> {
  const highlighted = await Promise.all(fragment.code.map((block) => blockHtml(block, options)));
  fillCodeSlots(fragment.tree, highlighted);
  return toHtml(fragment.tree, { allowDangerousHtml: true });
}

/** Ids of the elements in a fragment: where `#fragment` links can point. */
export function fragmentIds(fragment: Fragment): string[] {
  const ids: string[] = [];
  visit(
    fragment.tree,
    'element',
    (element: Element) =>
      void (typeof element.properties.id === 'string' && ids.push(element.properties.id)),
  );
  return ids;
}

function addHeadingIds(tree: HastRoot, slugger: GithubSlugger): void {
  visit(tree, 'element', (element: Element) => {
    if (/^h[1-6]$/.test(element.tagName) && element.properties.id === undefined) {
      element.properties.id = slugger.slug(toString(element));
    }
  });
}

async function blockHtml(block: CodeBlock, options: HighlightOptions): Promise<Element> {
  const originalHtml = await highlight(block.code, block.lang, options);
  if (block.tsVersion) {
    const tsVersionHtml = await highlight(block.tsVersion.source, 'ts', options);
    // Computed ahead for the whole guide (render-guide.ts); here only read.
    const [types] = typeInfoFor([block.tsVersion], typeInfoOptions(options.cacheDir));
    return examplePair({
      tsVersion: block.tsVersion,
      lang: block.lang,
      originalHtml,
      tsVersionHtml,
      types,
    });
  }
  return h('div.code-block', { dataLang: block.lang }, [
    h('span.code-lang', languageName(block.lang)),
    // The highlighter escapes every token itself.
    { type: 'raw', value: originalHtml } as unknown as ElementContent,
  ]);
}

/** Our own generated trees go in after sanitising, into the slots the sanitiser kept. */
function fillCodeSlots(tree: HastRoot, blocks: readonly Element[]): void {
  visit(tree, 'element', (element: Element, index, parent) => {
    const slot = codeSlotIndex(element.properties[CODE_SLOT]);
    if (slot === undefined || !parent || index === undefined) return;
    parent.children[index] = blocks[slot] ?? { type: 'text', value: '' };
  });
}
