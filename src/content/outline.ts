import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DiagnosticSink } from './diagnostics.ts';

export const QUESTION_HEADING = /^Question\s+(\d+)\s*:\s*(.*)$/;
const LOOKS_LIKE_QUESTION = /^question\b/i;
const QUICK_READ = /^quick\s*read\b/i;

/** A run of Markdown, or one question, inside a section. */
export type OutlineBlock =
  | { kind: 'markdown'; nodes: RootContent[] }
  | { kind: 'question'; heading: Heading; nodes: RootContent[] };

/** A `##` section in document order; `heading` is undefined for questions with no `##` above them. */
export interface OutlineSection {
  heading: Heading | undefined;
  blocks: OutlineBlock[];
}

/** The parts of a guide body the pages lay out: lede, Quick Read, then sections with questions inline. */
export interface GuideOutline {
  lede: RootContent[];
  quickRead: { heading: Heading; nodes: RootContent[] } | undefined;
  sections: OutlineSection[];
}

/** Splits a guide body by its headings. Reports a missing Quick Read and misplaced question headings. */
export function outlineGuide(root: Root, sink: DiagnosticSink): GuideOutline {
  const outline: GuideOutline = { lede: [], quickRead: undefined, sections: [] };
  let zone: 'lede' | 'quick-read' | 'section' = 'lede';
  let section: OutlineSection | undefined;
  let question: Extract<OutlineBlock, { kind: 'question' }> | undefined;
  let droppedTitle = false;

  const appendToSection = (node: RootContent) => {
    if (!section) return;
    const last = section.blocks.at(-1);
    if (last?.kind === 'markdown') last.nodes.push(node);
    else section.blocks.push({ kind: 'markdown', nodes: [node] });
  };

  for (const node of root.children) {
    if (node.type === 'heading') {
      const text = toString(node).trim();
      if (node.depth === 1 && !droppedTitle && zone === 'lede') {
        droppedTitle = true; // the page heading comes from the frontmatter title
        continue;
      }
      if (LOOKS_LIKE_QUESTION.test(text) && node.depth !== 3) {
        sink.add('structure.question-heading-level', line(node), 'heading', {
          text,
          depth: node.depth,
        });
      }
      if (node.depth <= 3) question = undefined;
      if (node.depth === 3 && LOOKS_LIKE_QUESTION.test(text)) {
        if (zone !== 'section' || !section) {
          section = { heading: undefined, blocks: [] };
          outline.sections.push(section);
          zone = 'section';
        }
        question = { kind: 'question', heading: node, nodes: [] };
        section.blocks.push(question);
        continue;
      }
      if (node.depth <= 2) {
        if (QUICK_READ.test(text)) {
          if (outline.quickRead) {
            sink.add('structure.quick-read-repeated', line(node), 'Quick Read', {
              firstLine: line(outline.quickRead.heading),
            });
          } else {
            outline.quickRead = { heading: node, nodes: [] };
            zone = 'quick-read';
            continue;
          }
        }
        section = { heading: { ...node, depth: 2 }, blocks: [] };
        outline.sections.push(section);
        zone = 'section';
        continue;
      }
    }
    if (question) question.nodes.push(node);
    else if (zone === 'quick-read' && outline.quickRead) outline.quickRead.nodes.push(node);
    else if (zone === 'section') appendToSection(node);
    else outline.lede.push(node);
  }

  if (!outline.quickRead) {
    const firstHeading = root.children.find((n) => n.type === 'heading' && n.depth === 2);
    sink.add(
      'structure.quick-read-missing',
      firstHeading ? line(firstHeading) : root.children[0] ? line(root.children[0]) : 1,
      'Quick Read',
    );
  }
  return outline;
}

export function line(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}
