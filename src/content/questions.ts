import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
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
import { line, QUESTION_HEADING } from './outline.ts';
import { LEVELS, type QuestionMeta, QuestionMetaSchema } from './schema/question-meta.ts';
import { companyName, kebabSlug } from './schema/shared.ts';
import type { z } from 'zod';
import { issuesToDiagnostics } from './zod-diagnostics.ts';
import { problem } from './diagnostic-catalogue.ts';

/**
 * A question as far as it could be read, problems or not: what the checks read, so a problem in
 * one part does not hide the others' (links, HTML, TypeScript versions, vocabulary) until the
 * next run.
 */
export interface CheckableQuestion {
  /** The metadata that passed validation: the number always; a field with a problem is left out. */
  meta: Pick<QuestionMeta, 'number'> & Partial<QuestionMeta>;
  line: number;
  /** File line of each metadata label, for messages about its value. */
  metaLines: Partial<Record<MetaKey, number>>;
  quickAnswer: RootContent[];
  detailedAnswer: RootContent[];
  codeExample: RootContent[] | undefined;
  followUps: ListItem[];
  /** Every part was read under its own label, so its js/ts blocks are counted where they belong. */
  partsRead: boolean;
}

/** A question with no problems: validated metadata and the Markdown of each part; what pages show. */
export interface ParsedQuestion extends CheckableQuestion {
  meta: QuestionMeta;
}

interface Field {
  value: string;
  line: number;
}

const META_FIELD_NAMES: Record<keyof QuestionMeta, string> = {
  number: 'number',
  title: 'title',
  level: 'Difficulty',
  category: 'Category',
  companies: 'Companies',
  frequency: 'Frequency',
  tags: 'Tags',
};
const META_KEY_TO_FIELD: Record<MetaKey, keyof QuestionMeta> = {
  difficulty: 'level',
  category: 'category',
  companies: 'companies',
  frequency: 'frequency',
  tags: 'tags',
};
const META_EXAMPLES: Record<MetaKey, string> = {
  difficulty: `**Difficulty**: ${LEVELS[2]}`,
  category: '**Category**: Observability',
  companies: '**Companies**: Google, Uber | **Frequency**: Common',
  frequency: '**Companies**: Google, Uber | **Frequency**: Common',
  tags: '**Tags**: caching, redis',
};

/**
 * Reads one `### Question N: title` section and reports every problem. `question` is there when it
 * has none; `checkable` whenever the heading has a number. A section without one still has its
 * labels and parts checked.
 */
export function parseQuestion(
  heading: Heading,
  nodes: readonly RootContent[],
  sink: DiagnosticSink,
): { question: ParsedQuestion | undefined; checkable: CheckableQuestion | undefined } {
  const headingText = toString(heading).trim();
  const match = QUESTION_HEADING.exec(headingText);
  if (!match)
    sink.add('question.heading-unnumbered', line(heading), 'heading', { heading: headingText });
  const prefix = match ? `Question ${Number(match[1])}` : 'Question (no number)';
  const reader = new QuestionReader(prefix, sink);
  for (const node of nodes) reader.read(node, node === nodes.at(-1));
  if (!match) {
    // Its metadata waits for a number; its labels and parts are checked now.
    reader.finish(line(heading));
    return { question: undefined, checkable: undefined };
  }
  const number = Number(match[1]);

  const fields = reader.fields;
  const raw = {
    number,
    title: (match[2] ?? '').trim(),
    level: fields.get('difficulty')?.value,
    category: fields.get('category')?.value,
    companies: splitCompanies(fields.get('companies')?.value),
    frequency: fields.get('frequency')?.value,
    ...(fields.has('tags') ? { tags: splitList(fields.get('tags')?.value) } : {}),
  };
  const result = QuestionMetaSchema.safeParse(raw);
  if (!result.success) {
    const fieldOf = (path: readonly PropertyKey[]) => String(path[0]) as keyof QuestionMeta;
    const metaKeyOf = (field: keyof QuestionMeta) =>
      (Object.keys(META_KEY_TO_FIELD) as MetaKey[]).find((k) => META_KEY_TO_FIELD[k] === field);
    sink.items.push(
      ...issuesToDiagnostics(result.error.issues, {
        file: sink.file,
        valueAt: (path) => {
          const value = raw[fieldOf(path) as keyof typeof raw];
          return path.length > 1 && Array.isArray(value) ? value[Number(path[1])] : value;
        },
        lineOf: (path) => {
          const key = metaKeyOf(fieldOf(path));
          return (key && fields.get(key)?.line) ?? line(heading);
        },
        fieldName: (path) =>
          `${prefix} › ${META_FIELD_NAMES[fieldOf(path)] ?? String(path[0])}${path.length > 1 ? ` (item ${Number(path[1]) + 1})` : ''}`,
        knownKeys: () => Object.values(META_LABELS),
        problems: {
          unknownKey: (key, known, suggestion) =>
            problem('question.unknown-meta-label', { label: key, labels: known, suggestion }),
          missing: (key, expected) => {
            const metaKey = metaKeyOf(key as keyof QuestionMeta);
            return problem('question.meta-required', {
              expected,
              label: metaKey ? META_LABELS[metaKey] : key,
              example: metaKey ? META_EXAMPLES[metaKey] : undefined,
            });
          },
          invalid: (text) => problem('question.meta-invalid', text),
        },
      }),
    );
  }
  const { parts, complete } = reader.finish(line(heading));
  const metaLines = Object.fromEntries(
    [...fields].map(([key, field]) => [key, field.line]),
  ) as Partial<Record<MetaKey, number>>;
  // Text before the first part may hold blocks no part counts.
  const partsRead = complete && !reader.reportedStray;
  const at = { line: line(heading), metaLines, ...parts, partsRead };
  if (result.success && complete) {
    const question = { meta: result.data, ...at };
    return { question, checkable: question };
  }
  return { question: undefined, checkable: { meta: validMeta(raw, number), ...at } };
}

/** The metadata fields that pass validation on their own; a list keeps its valid items. */
function validMeta(raw: Record<string, unknown>, number: number): CheckableQuestion['meta'] {
  const shape = QuestionMetaSchema.shape;
  const valid = (key: 'title' | 'level' | 'category' | 'frequency') => {
    const parsed = shape[key].safeParse(raw[key]);
    return parsed.success ? { [key]: parsed.data } : {};
  };
  const items = (key: 'companies' | 'tags', item: z.ZodType<string>) => {
    const value = raw[key];
    if (!Array.isArray(value)) return {};
    return { [key]: value.flatMap((v) => (item.safeParse(v).success ? [v as string] : [])) };
  };
  return {
    number,
    ...valid('title'),
    ...valid('level'),
    ...valid('category'),
    ...valid('frequency'),
    ...items('companies', companyName),
    ...items('tags', kebabSlug('a tag')),
  };
}

/** `**Tags**: a, b` → `['a', 'b']`; an empty line is an empty list (the schema reports it). */
function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function splitCompanies(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') return [];
  return value.split(',').map((name) => name.trim());
}

/** Walks a question's blocks: metadata lines first, then labelled parts. */
class QuestionReader {
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
    parts: Pick<CheckableQuestion, 'quickAnswer' | 'detailedAnswer' | 'codeExample' | 'followUps'>;
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
