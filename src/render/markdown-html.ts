import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, RootContent } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { type GuideFiles, rewriteLinks } from '../content/links.ts';
import { CODE_SLOT, markdownToHast } from '../content/to-hast.ts';
import type { Twin } from '../content/twins.ts';
import { examplePairHtml } from './example-pair.ts';
import { escapeAttribute, escapeText, highlight, languageName, type HighlightOptions } from './highlight.ts';

/** A code block as written in a guide. */
export interface CodeBlock {
  /** Fence language as written (`js`, `sql`, … or empty). */
  lang: string;
  code: string;
  /** File line of the opening fence. */
  line: number;
  /** Its TypeScript version, for js/ts blocks. */
  twin: Twin | undefined;
}

export interface RenderContext extends HighlightOptions {
  guideFiles: GuideFiles;
  /** Gives headings unique ids across one page. */
  slugger: GithubSlugger;
  twins: ReadonlyMap<Code, Twin>;
}

/** Markdown nodes → HTML: links to guides pointed at their pages, headings given ids, code highlighted. */
export async function renderNodes(nodes: readonly RootContent[], context: RenderContext): Promise<{ html: string; code: CodeBlock[] }> {
  const code: CodeBlock[] = [];
  const tree = markdownToHast(nodes, {
    onCode: (node: Code) => {
      code.push({ lang: node.lang ?? '', code: node.value, line: node.position?.start.line ?? 0, twin: context.twins.get(node) });
      return String(code.length - 1);
    },
  });
  rewriteLinks(tree, context.guideFiles);
  addHeadingIds(tree, context.slugger);
  const highlighted = await Promise.all(code.map((block) => blockHtml(block, context)));
  fillCodeSlots(tree, highlighted);
  return { html: toHtml(tree, { allowDangerousHtml: true }), code };
}

function addHeadingIds(tree: HastRoot, slugger: GithubSlugger): void {
  visit(tree, 'element', (element: Element) => {
    if (/^h[1-6]$/.test(element.tagName) && element.properties.id === undefined) {
      element.properties.id = slugger.slug(toString(element));
    }
  });
}

async function blockHtml(block: CodeBlock, context: RenderContext): Promise<string> {
  const originalHtml = await highlight(block.code, block.lang, context);
  if (block.twin) {
    const twinHtml = await highlight(block.twin.source, 'ts', context);
    return examplePairHtml({ twin: block.twin, lang: block.lang, originalHtml, twinHtml });
  }
  return `<div class="code-block" data-lang="${escapeAttribute(block.lang)}"><span class="code-lang">${escapeText(languageName(block.lang))}</span>${originalHtml}</div>`;
}

function fillCodeSlots(tree: HastRoot, html: readonly string[]): void {
  visit(tree, 'element', (element: Element, index, parent) => {
    const slot = element.properties[CODE_SLOT];
    if (slot === undefined || !parent || index === undefined) return;
    parent.children[index] = { type: 'raw', value: html[Number(slot)] ?? '' };
  });
}
