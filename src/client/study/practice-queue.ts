import { slugify } from '../../content/slug.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import { FACETS, passesProgress } from '../../site/facets.ts';
import type { Progress } from '../../study/schema.ts';
import { entryFor } from '../../study/question-table.ts';
import { isDueBy } from '../../study/due.ts';
import { type KnownValues, parseState } from '../search/state.ts';

/** The questions a practice URL selects: the search's filters plus `progress=…` and `due=1`. */
export interface PracticeScope {
  matching: StudyQuestion[];
  onlyDue: boolean;
  description: string;
}

/**
 * `textMatches`: with a `q=` in the URL, the paths of the questions the search finds for it (the
 * same Pagefind search as the search page), so practice drills exactly the search's results.
 */
export function practiceScope(
  questions: readonly StudyQuestion[],
  search: string,
  progress: Progress,
  now: Date = new Date(),
  textMatches?: ReadonlySet<string>,
): PracticeScope {
  const known = {} as KnownValues;
  for (const facet of FACETS)
    known[facet.key] = [...new Set(questions.flatMap(facet.values))].map((label) => ({
      label,
      aliases: [slugify(label)],
    }));
  const state = parseState(search, known);
  const params = new URLSearchParams(search);
  const progressFilters = params.getAll('progress');
  const onlyDue = params.get('due') === '1';
  const isDue = isDueBy(progress, now);
  const matching = questions.filter(
    (q) =>
      (state.q === '' || textMatches?.has(q.url) === true) &&
      FACETS.every(
        (facet) =>
          state.filters[facet.key].length === 0 ||
          facet.values(q).some((v) => state.filters[facet.key].includes(v)),
      ) &&
      passesProgress(entryFor(progress, q.id), progressFilters) &&
      (!onlyDue || isDue(q.id)),
  );
  const parts = state.q === '' ? [] : [`“${state.q}”`];
  parts.push(
    ...FACETS.filter((f) => state.filters[f.key].length > 0).map(
      (f) => `${f.label.toLowerCase()}: ${state.filters[f.key].join(' or ')}`,
    ),
  );
  if (progressFilters.length > 0) parts.push(`progress: ${progressFilters.join(' and ')}`);
  if (onlyDue) parts.push('due today');
  return { matching, onlyDue, description: parts.length > 0 ? parts.join(', ') : 'all questions' };
}
