import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { nearest } from './describe.ts';
import { type Diagnostic, diagnostic } from './diagnostics.ts';
import { problem } from './diagnostic-catalogue.ts';
import type { ParsedGuide } from './load-guides.ts';
import type { CheckableQuestion } from './questions.ts';
import type { GuideFrontmatter } from './schema/guide-frontmatter.ts';
import { type Vocabulary, VocabularySchema } from './schema/vocabulary.ts';
import { slugify } from './slug.ts';
import { issuesToDiagnostics } from './zod-diagnostics.ts';

export const VOCABULARY_FILE = 'vocabulary.yaml';

export interface LoadedVocabulary extends Vocabulary {
  /** Where it was read from, relative to the project root. */
  file: string;
}

/** Reads the vocabulary next to the guides folder; none there means tags and companies are free. */
export function readVocabulary(
  guidesDir: string,
  root: string,
  diagnostics: Diagnostic[],
): LoadedVocabulary | undefined {
  const path = join(dirname(guidesDir), VOCABULARY_FILE);
  if (!existsSync(path)) return undefined;
  const file = relative(root, path).split('\\').join('/');
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      diagnostics.push(
        diagnostic(
          { file, line: lineCounter.linePos(error.pos[0]).line, field: 'vocabulary' },
          'vocabulary.yaml-syntax',
          { error: error.message.split('\n')[0] ?? error.message },
        ),
      );
    return undefined;
  }
  const data: unknown = doc.toJS();
  const parsed = VocabularySchema.safeParse(data);
  if (parsed.success) return { ...parsed.data, file };
  diagnostics.push(
    ...issuesToDiagnostics(parsed.error.issues, {
      file,
      valueAt: (path) =>
        path.reduce<unknown>(
          (v, k) =>
            v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined,
          data,
        ),
      lineOf: (path) => {
        const node = doc.getIn(path as unknown[], true) as
          { range?: [number, number, number] } | undefined;
        return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
      },
      fieldName: (path) =>
        path.length > 1
          ? `${String(path[0])} (item ${Number(path[1]) + 1})`
          : String(path[0] ?? 'vocabulary'),
      knownKeys: () => ['companies', 'tags', 'synonyms'],
      problems: {
        unknownKey: (key, known, suggestion) =>
          problem('vocabulary.invalid', {
            expected: `one of the known keys (${known.join(', ')})`,
            received: `unknown key "${key}"`,
            hint: suggestion ? `did you mean "${suggestion}"?` : `remove "${key}"`,
          }),
        missing: (key, expected) =>
          problem('vocabulary.invalid', {
            expected,
            received: 'nothing (the key is missing)',
            hint: `add a "${key}:" list`,
          }),
        invalid: (text) => problem('vocabulary.invalid', text),
      },
    }),
  );
  return undefined;
}

/**
 * What the checks across guides read from one guide: also from a guide with other problems, so
 * every problem shows in one run. List items that failed validation are holes, skipped.
 */
export interface LintableGuide extends Pick<ParsedGuide, 'file' | 'lineOf'> {
  frontmatter: Pick<GuideFrontmatter, 'tags' | 'companies'>;
  questions: ReadonlyArray<Pick<CheckableQuestion, 'meta' | 'metaLines' | 'line'>>;
}

interface Occurrence {
  guide: LintableGuide;
  line: number;
  field: string;
  value: string;
}

/**
 * Checks that hold across guides. Errors: a company written two ways (unlike the vocabulary's
 * spelling, or unlike other guides when there is no vocabulary entry) and a question title used
 * twice. Warnings: a tag outside the vocabulary, with the nearest known tag, and a company the
 * vocabulary lacks that looks like a typo of one it lists; they do not stop a build, so a guide
 * from elsewhere with its own tags and companies still builds.
 */
export function lintAcrossGuides(
  guides: readonly LintableGuide[],
  vocabulary: LoadedVocabulary | undefined,
): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const at = (o: Occurrence) => ({ file: o.guide.file, line: o.line, field: o.field });

  if (vocabulary) {
    const tags = new Set(vocabulary.tags);
    const checkTag = (o: Occurrence) => {
      if (tags.has(o.value)) return;
      const suggestion = nearest(o.value, vocabulary.tags);
      warnings.push(
        diagnostic(at(o), 'vocabulary.unknown-tag', {
          tag: o.value,
          vocabularyFile: vocabulary.file,
          suggestion,
        }),
      );
    };
    for (const guide of guides) {
      guide.frontmatter.tags.forEach((value, i) =>
        checkTag({ guide, line: guide.lineOf(['tags', i]), field: `tags (item ${i + 1})`, value }),
      );
      for (const q of guide.questions) {
        q.meta.tags?.forEach((value, i) =>
          checkTag({
            guide,
            line: q.metaLines.tags ?? q.line,
            field: `Question ${q.meta.number} › Tags (item ${i + 1})`,
            value,
          }),
        );
      }
    }
  }

  const companies = companyOccurrences(guides);
  const canonical = new Map((vocabulary?.companies ?? []).map((name) => [slugify(name), name]));
  const spellings = new Map<string, Map<string, number>>();
  for (const o of companies) {
    const key = slugify(o.value);
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(o.value, (counts.get(o.value) ?? 0) + 1);
    spellings.set(key, counts);
  }
  // A company the vocabulary lacks is fine ("Acme Corp"), unless it looks like a typo of one the
  // vocabulary lists ("Gogle"): a warning, not an error, as it may be another company.
  for (const o of companies) {
    if (!vocabulary || canonical.has(slugify(o.value))) continue;
    const suggestion = nearest(o.value, vocabulary.companies, { typosOnly: true });
    if (suggestion === undefined) continue;
    warnings.push(
      diagnostic(at(o), 'vocabulary.unknown-company', {
        company: o.value,
        vocabularyFile: vocabulary.file,
        suggestion,
      }),
    );
  }
  for (const o of companies) {
    const key = slugify(o.value);
    const listed = canonical.get(key);
    const preferred = listed ?? mostUsed(spellings.get(key));
    if (preferred !== undefined && preferred !== o.value) {
      diagnostics.push(
        diagnostic(at(o), 'vocabulary.company-spelling', {
          written: o.value,
          preferred,
          fromVocabulary: listed !== undefined,
        }),
      );
    }
  }

  const titles = new Map<string, Occurrence>();
  for (const guide of guides) {
    for (const question of guide.questions) {
      const { title } = question.meta;
      if (title === undefined) continue; // a title with a problem is reported as such
      const key = title
        .toLowerCase()
        .replace(/[\s\p{P}]+/gu, ' ')
        .trim();
      const here = {
        guide,
        line: question.line,
        field: `Question ${question.meta.number} › title`,
        value: title,
      };
      const first = titles.get(key);
      if (first)
        diagnostics.push(
          diagnostic(at(here), 'vocabulary.duplicate-title', {
            title,
            alsoAt: `${first.guide.file}:${first.line}`,
          }),
        );
      else titles.set(key, here);
    }
  }
  return { errors: diagnostics, warnings };
}

function companyOccurrences(guides: readonly LintableGuide[]): Occurrence[] {
  const found: Occurrence[] = [];
  for (const guide of guides) {
    guide.frontmatter.companies.forEach((value, i) =>
      found.push({
        guide,
        line: guide.lineOf(['companies', i]),
        field: `companies (item ${i + 1})`,
        value,
      }),
    );
    for (const q of guide.questions) {
      (q.meta.companies ?? []).forEach((value, i) =>
        found.push({
          guide,
          line: q.metaLines.companies ?? q.line,
          field: `Question ${q.meta.number} › Companies (item ${i + 1})`,
          value,
        }),
      );
    }
  }
  return found;
}

function mostUsed(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts ?? [])
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return best?.[0];
}
