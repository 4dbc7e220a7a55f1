import { LEVELS } from '../content/schema/scales.ts';
import { slugify } from '../content/slug.ts';

/** What the topic × company counts need to know about a question. */
export interface CountedQuestion {
  companies: readonly string[];
  tags: readonly string[];
  level: string;
}

/** One row of an answer such as "companies asking about redis": who, how many questions, at which levels. */
export interface CrossCount {
  label: string;
  slug: string;
  count: number;
  /** Questions per level, in the rubric's order, levels with none left out. */
  levels: Array<{ level: string; count: number }>;
}

/** Both directions of the topic × company table, computed once per build. */
export interface CrossCounts {
  /** Tag slug → the companies asking about it, most questions first. */
  companiesByTag: ReadonlyMap<string, CrossCount[]>;
  /** Company slug → the tags of its questions, most questions first. */
  tagsByCompany: ReadonlyMap<string, CrossCount[]>;
}

export function crossCounts(questions: readonly CountedQuestion[]): CrossCounts {
  return {
    companiesByTag: countPairs(
      questions,
      (q) => q.tags,
      (q) => q.companies,
    ),
    tagsByCompany: countPairs(
      questions,
      (q) => q.companies,
      (q) => q.tags,
    ),
  };
}

/** For each value of `outer`, how many questions carry each value of `inner`, with their levels. */
function countPairs(
  questions: readonly CountedQuestion[],
  outer: (q: CountedQuestion) => readonly string[],
  inner: (q: CountedQuestion) => readonly string[],
): Map<string, CrossCount[]> {
  const table = new Map<
    string,
    Map<string, { label: string; count: number; levels: Map<string, number> }>
  >();
  for (const q of questions) {
    for (const a of new Set(outer(q))) {
      const row = table.get(slugify(a)) ?? new Map();
      table.set(slugify(a), row);
      for (const b of new Set(inner(q))) {
        const cell = row.get(slugify(b)) ?? {
          label: b,
          count: 0,
          levels: new Map<string, number>(),
        };
        row.set(slugify(b), cell);
        cell.count += 1;
        cell.levels.set(q.level, (cell.levels.get(q.level) ?? 0) + 1);
      }
    }
  }
  const result = new Map<string, CrossCount[]>();
  for (const [key, row] of table) {
    const list = [...row].map(([slug, cell]) => ({
      label: cell.label,
      slug,
      count: cell.count,
      levels: LEVELS.filter((l) => cell.levels.has(l)).map((level) => ({
        level,
        count: cell.levels.get(level) ?? 0,
      })),
    }));
    list.sort((x, y) => y.count - x.count || x.label.localeCompare(y.label, 'en'));
    result.set(key, list);
  }
  return result;
}
