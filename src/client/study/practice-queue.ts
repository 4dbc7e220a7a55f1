import { slugify } from '../../content/slug.ts';
import type { StudyQuestion } from '../../study/index-schema.ts';
import type { Progress } from '../../study/schema.ts';
import { endOfDay } from '../../study/due.ts';
import { type FacetKey, FACET_KEYS, type KnownValues, parseState } from '../search/state.ts';
import { passes } from './marks.ts';

const FIELDS: Record<FacetKey, (q: StudyQuestion) => readonly string[]> = {
  company: (q) => q.companies,
  difficulty: (q) => [q.level],
  frequency: (q) => [q.frequency],
  tag: (q) => q.tags,
  category: (q) => [q.category],
  guide: (q) => [q.guideTitle],
};

/** What the practice URL asks for: the search's filters plus `progress=…` and `due=1`. */
export interface PracticeSelection {
  matching: StudyQuestion[];
  /** The session: questions due today first, then new ones; everything matching if neither. */
  session: StudyQuestion[];
  due: number;
  fresh: number;
  description: string;
}

export function selectForPractice(questions: readonly StudyQuestion[], search: string, progress: Progress, now: Date = new Date()): PracticeSelection {
  const known = {} as KnownValues;
  for (const key of FACET_KEYS) known[key] = [...new Set(questions.flatMap(FIELDS[key]))].map((label) => ({ label, aliases: [slugify(label)] }));
  const state = parseState(search, known);
  const params = new URLSearchParams(search);
  const progressFilters = params.getAll('progress');
  const onlyDue = params.get('due') === '1';
  const limit = endOfDay(now).toISOString();
  const isDue = (q: StudyQuestion) => {
    const due = progress.questions[q.id]?.card?.due;
    return due !== undefined && due <= limit;
  };
  const matching = questions.filter(
    (q) =>
      FACET_KEYS.every((key) => state.filters[key].length === 0 || FIELDS[key](q).some((v) => state.filters[key].includes(v))) &&
      passes(progress.questions[q.id], progressFilters) &&
      (!onlyDue || isDue(q)),
  );
  const dueFirst = matching.filter(isDue).sort((a, b) => (progress.questions[a.id]?.card?.due ?? '').localeCompare(progress.questions[b.id]?.card?.due ?? ''));
  const fresh = matching.filter((q) => !progress.questions[q.id]?.card);
  const session = dueFirst.length + fresh.length > 0 ? [...dueFirst, ...fresh] : [...matching].sort((a, b) => (progress.questions[a.id]?.card?.due ?? '').localeCompare(progress.questions[b.id]?.card?.due ?? ''));
  const parts = FACET_KEYS.filter((k) => state.filters[k].length > 0).map((k) => `${k}: ${state.filters[k].join(' or ')}`);
  if (progressFilters.length > 0) parts.push(`progress: ${progressFilters.join(' and ')}`);
  if (onlyDue) parts.push('due today');
  return { matching, session, due: dueFirst.length, fresh: fresh.length, description: parts.length > 0 ? parts.join(', ') : 'all questions' };
}
