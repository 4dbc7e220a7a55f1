import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nearest, truncate } from './describe.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import {
  ALL_LABELS,
  META_LABELS,
  PART_LABELS,
  afterLabel,
  isMetaKey,
  isPartKey,
  labelAt,
  type MetaKey,
  type PartKey,
} from './labels.ts';
import { line } from './outline.ts';

/** A question's labelled parts as read, in Markdown. */
export interface QuestionParts {
  quickAnswer: RootContent[];
  detailedAnswer: RootContent[];
  codeExample: RootContent[] | undefined;
  followUps: ListItem[];
}

interface Field {
  value: string;
  line: number;
}

/** Walks a question's blocks: metadata lines first, then labelled parts. */
export class QuestionReader {
  readonly fields = new Map<MetaKey, Field>();
  private readonly parts = new Map<PartKey, { nodes: RootContent[]; line: number }>();
  private current: PartKey | undefined;
  /** Text came before the first part label (reported once). */
  reportedStray = false;

  private readonly prefix: string;
  private readonly sink: DiagnosticSink;

  constructor(prefix: string, sink: DiagnosticSink) {
    this.prefix = prefix;
    this.sink = sink;
  }

  read(node: RootContent, isLast: boolean): void {
    if (node.type === 'paragraph') {
      this.checkInlineLabels(node);
      const label = labelAt(node.children, 0);
      if (label && isPartKey(label.key)) return this.startPart(label.key, node);
      if (label && isMetaKey(label.key)) {
        if (this.current) {
          this.sink.add('question.meta-inside-part', line(node), `${this.prefix} › ${label.text}`, {
            label: label.text,
            part: PART_LABELS[this.current],
          });
          return;
        }
        return this.readMeta(node);
      }
      // A misspelt label is reported once; its paragraph is not also reported as stray text.
      if (label && this.checkNearMiss(label.text, line(node)) && !this.current) return;
    }
    if (isLast && node.type === 'thematicBreak') return;
    if (this.current) {
      this.parts.get(this.current)?.nodes.push(node);
      return;
    }
    if (!this.reportedStray) {
      this.reportedStray = true;
      this.sink.add('question.text-before-answer', line(node), this.prefix, {
        found: describeNode(node),
      });
    }
  }

  /** Checks the parts once the section is read: the parts as read, and whether they are complete. */
  finish(headingLine: number): {
    parts: QuestionParts;
    complete: boolean;
  } {
    let ok = true;
    for (const key of ['quickanswer', 'detailedanswer'] as const) {
      const part = this.parts.get(key);
      if (!part) {
        ok = false;
        this.sink.add(
          'question.part-missing',
          headingLine,
          `${this.prefix} › ${PART_LABELS[key]}`,
          { part: key === 'quickanswer' ? 'Quick Answer' : 'Detailed Answer' },
        );
      } else if (!part.nodes.some((n) => toString(n).trim() !== '')) {
        ok = false;
        this.sink.add('question.part-empty', part.line, `${this.prefix} › ${PART_LABELS[key]}`);
      }
    }
    const code = this.parts.get('codeexample');
    if (code && !code.nodes.some((n) => n.type === 'code')) {
      ok = false;
      this.sink.add(
        'question.code-example-without-code',
        code.line,
        `${this.prefix} › Code Example`,
      );
    }
    const followUps = this.parts.get('followupquestions');
    const items: ListItem[] = [];
    for (const node of followUps?.nodes ?? []) {
      if (node.type === 'list') items.push(...(node as List).children);
      else {
        ok = false;
        this.sink.add(
          'question.follow-ups-not-a-list',
          line(node),
          `${this.prefix} › Follow-up Questions`,
          { found: describeNode(node) },
        );
      }
    }
    if (followUps && items.length === 0 && followUps.nodes.length === 0) {
      ok = false;
      this.sink.add(
        'question.follow-ups-empty',
        followUps.line,
        `${this.prefix} › Follow-up Questions`,
      );
    }
    const parts = {
      quickAnswer: this.parts.get('quickanswer')?.nodes ?? [],
      detailedAnswer: this.parts.get('detailedanswer')?.nodes ?? [],
      codeExample: code?.nodes,
      followUps: items,
    };
    return { parts, complete: ok };
  }

  private startPart(key: PartKey, node: Paragraph): void {
    const existing = this.parts.get(key);
    if (existing) {
      this.sink.add('question.part-repeated', line(node), `${this.prefix} › ${PART_LABELS[key]}`, {
        label: PART_LABELS[key],
        firstLine: existing.line,
      });
    }
    const part = existing ?? { nodes: [], line: line(node) };
    this.parts.set(key, part);
    this.current = key;
    const rest = afterLabel(node);
    if (rest.length > 0)
      part.nodes.push({ type: 'paragraph', children: rest, position: node.position });
  }

  private readMeta(paragraph: Paragraph): void {
    // `discard` swallows the value of an unknown label, which is reported once.
    let field: { key: MetaKey | 'discard'; text: string[]; line: number } | undefined;
    const flush = () => {
      if (!field || field.key === 'discard') {
        field = undefined;
        return;
      }
      const value = field.text
        .join('')
        .replace(/^\s*:?\s*/, '')
        .replace(/[\s|]+$/, '');
      const existing = this.fields.get(field.key);
      if (existing) {
        this.sink.add(
          'question.meta-repeated',
          field.line,
          `${this.prefix} › ${META_LABELS[field.key]}`,
          { label: META_LABELS[field.key], firstLine: existing.line },
        );
      } else this.fields.set(field.key, { value, line: field.line });
      field = undefined;
    };
    const stray = (text: string, at: number) => {
      if (text.replace(/[\s|]/g, '') === '') return;
      this.sink.add('question.meta-stray-text', at, this.prefix, { text });
    };
    paragraph.children.forEach((child: PhrasingContent, index) => {
      const label = labelAt(paragraph.children, index);
      if (label) {
        flush();
        if (isMetaKey(label.key)) field = { key: label.key, text: [], line: line(child) };
        else if (!isPartKey(label.key)) {
          const hint = nearest(label.text, ALL_LABELS);
          this.sink.add(
            'question.unknown-meta-label',
            line(child),
            `${this.prefix} › ${label.text}`,
            { label: label.text, labels: Object.values(META_LABELS), suggestion: hint },
          );
          field = { key: 'discard', text: [], line: line(child) };
        }
        return;
      }
      if (child.type === 'break') return flush();
      const text = child.type === 'text' ? child.value : toString(child);
      const newline = text.indexOf('\n');
      if (field) {
        field.text.push(newline === -1 ? text : text.slice(0, newline));
        if (newline !== -1) {
          flush();
          stray(text.slice(newline + 1), line(child));
        }
      } else stray(text, line(child));
    });
    flush();
  }

  /** A part label in the middle of a paragraph would be swallowed as text. */
  private checkInlineLabels(paragraph: Paragraph): void {
    paragraph.children.forEach((_, index) => {
      const label = index > 0 ? labelAt(paragraph.children, index) : undefined;
      if (label && isPartKey(label.key)) {
        this.sink.add(
          'question.label-mid-paragraph',
          line(label.strong),
          `${this.prefix} › ${label.text}`,
          { label: label.text },
        );
      }
    });
  }

  private checkNearMiss(text: string, at: number): boolean {
    const hint = nearest(text, ALL_LABELS);
    if (!hint) return false;
    this.sink.add('question.label-typo', at, `${this.prefix} › ${text}`, {
      label: text,
      labels: ALL_LABELS,
      suggestion: hint,
    });
    return true;
  }
}

function describeNode(node: RootContent): string {
  const text = toString(node).trim();
  const kind =
    node.type === 'paragraph'
      ? 'text'
      : node.type === 'code'
        ? 'a code block'
        : node.type === 'list'
          ? 'a list'
          : `a ${node.type}`;
  return text && node.type !== 'code' ? `${kind} ${JSON.stringify(truncate(text, 40))}` : kind;
}
