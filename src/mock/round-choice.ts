import { FACETS, type FacetKey } from '../site/facets.ts';

/** The search facets a round may be chosen by (frequency and category add little to a mock). */
export const ROUND_FACET_KEYS = [
  'company',
  'difficulty',
  'guide',
  'tag',
] as const satisfies readonly FacetKey[];
export type RoundFacetKey = (typeof ROUND_FACET_KEYS)[number];

export const ROUND_FACETS = FACETS.filter(
  (f): f is Extract<(typeof FACETS)[number], { key: RoundFacetKey }> =>
    (ROUND_FACET_KEYS as readonly string[]).includes(f.key),
);

/** Round lengths offered, in minutes. */
export const ROUND_MINUTES = [15, 30, 45, 60] as const;

/** Minutes a question gets: a round of 45 minutes asks 6 questions. */
export const MINUTES_PER_QUESTION = 7.5;

export function questionsInRound(minutes: number): number {
  return Math.max(1, Math.floor(minutes / MINUTES_PER_QUESTION));
}

/** A question as a round draws it: its facet values, written as the guides write them. */
export interface Drawable {
  id: string;
  facets: Record<RoundFacetKey, readonly string[]>;
}

/** What a candidate chose: a length and at most one value per facet. */
export interface RoundChoice {
  minutes: number;
  filters: Partial<Record<RoundFacetKey, string>>;
}

export function matchesChoice(question: Drawable, filters: RoundChoice['filters']): boolean {
  return ROUND_FACET_KEYS.every((key) => {
    const wanted = filters[key];
    return wanted === undefined || wanted === '' || question.facets[key].includes(wanted);
  });
}

/** "45 minutes, Senior, Stripe": the choice in words, facets in the search page's order. */
export function describeChoice(choice: RoundChoice): string {
  const parts = [`${choice.minutes} minutes`];
  for (const facet of ROUND_FACETS) {
    const value = choice.filters[facet.key];
    if (value) parts.push(value);
  }
  return parts.join(', ');
}

/**
 * Ready-made rounds, offered only where the bank has enough questions for a full round: each
 * level alone, then the most-asked companies at their most-asked level.
 */
export function offeredPresets(
  questions: readonly Drawable[],
  { companies = 4, minutes = 45 }: { companies?: number; minutes?: number } = {},
): RoundChoice[] {
  const needed = questionsInRound(minutes);
  const count = (filters: RoundChoice['filters']) =>
    questions.filter((q) => matchesChoice(q, filters)).length;
  const tally = (values: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
  };
  const presets: RoundChoice[] = [{ minutes: 15, filters: {} }];
  for (const level of ['Mid', 'Senior', 'Staff'])
    presets.push({ minutes, filters: { difficulty: level } });
  for (const [company] of tally(questions.flatMap((q) => q.facets.company)).slice(0, companies)) {
    const atCompany = questions.filter((q) => q.facets.company.includes(company));
    const [level] = tally(atCompany.flatMap((q) => q.facets.difficulty))[0] ?? [];
    if (level) presets.push({ minutes, filters: { difficulty: level, company } });
  }
  return presets.filter((p) => count(p.filters) >= questionsInRound(p.minutes) && needed > 0);
}
