import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DiagnosticSink } from './diagnostics.ts';
import { META_LABELS, type MetaKey } from './labels.ts';
import { QuestionReader, type QuestionParts } from './question-reader.ts';
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
export interface CheckableQuestion extends QuestionParts {
  /** The metadata that passed validation: the number always; a field with a problem is left out. */
  meta: Pick<QuestionMeta, 'number'> & Partial<QuestionMeta>;
  line: number;
  /** File line of each metadata label, for messages about its value. */
  metaLines: Partial<Record<MetaKey, number>>;
  /** Every part was read under its own label, so its js/ts blocks are counted where they belong. */
  partsRead: boolean;
}

/** A question with no problems: validated metadata and the Markdown of each part; what pages show. */
export interface ParsedQuestion extends CheckableQuestion {
  meta: QuestionMeta;
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
