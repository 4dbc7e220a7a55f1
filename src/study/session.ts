import { QUESTION_FREQUENCIES } from '../content/schema/scales.ts';
import { byNextReview, isDueBy } from './due.ts';
import type { StudyQuestion } from './index-schema.ts';
import { entryFor } from './question-table.ts';
import type { Progress } from './schema.ts';

/** Session sizes offered; the URL may ask for any whole number (`?size=5`). */
export const SESSION_SIZES = ['10', '20', 'all'] as const;
export const SESSION_ORDERS = [
  { value: 'due', label: 'Due first, then new' },
  { value: 'random', label: 'Random' },
  { value: 'frequency', label: 'Most asked first' },
] as const;
export type SessionOrder = (typeof SESSION_ORDERS)[number]['value'];
export const DEFAULT_SESSION_SIZE = 10;

export interface SessionOptions {
  /** A number of cards, or undefined for all. */
  size: number | undefined;
  order: SessionOrder;
  /** New questions that may still be introduced today (the daily limit or the plan's share). */
  newAllowance: number;
  /** Only questions due today. */
  onlyDue: boolean;
  /** In the last days before an interview: practised questions least likely to be recalled first. */
  sweep: boolean;
  /** FSRS retrievability of a practised question now. */
  retrievability: (id: string) => number | undefined;
  /** Returns a number in [0, 1): Math.random in the page, a seeded one in tests. */
  random: () => number;
}

export interface Session {
  cards: StudyQuestion[];
  due: number;
  fresh: number;
  /** Nothing was due and no new question was left for today, so the session reviews ahead. */
  ahead: boolean;
}

/** `?size=5`, `?size=all`, `?order=random`: the session the URL asks for, or the defaults. */
export function sessionParams(search: string): { size: number | undefined; order: SessionOrder } {
  const params = new URLSearchParams(search);
  const rawSize = params.get('size') ?? '';
  const parsed = Number.parseInt(rawSize, 10);
  const size =
    rawSize === 'all' ? undefined : parsed > 0 ? Math.min(parsed, 10_000) : DEFAULT_SESSION_SIZE;
  const order = SESSION_ORDERS.find((o) => o.value === params.get('order'))?.value ?? 'due';
  return { size, order };
}

/**
 * Builds a session from the questions a filter matches: what is due (soonest first, or least
 * retrievable first in a sweep), then new questions up to today's allowance, in the chosen order,
 * cut to the size. When nothing is due and no new question is left, it reviews ahead.
 */
export function buildSession(
  matching: readonly StudyQuestion[],
  progress: Progress,
  now: Date,
  options: SessionOptions,
): Session {
  const isDue = isDueBy(progress, now);
  const soonest = byNextReview(progress);
  const practised = matching.filter((q) => entryFor(progress, q.id)?.card);
  const due = practised.filter((q) => isDue(q.id)).sort((a, b) => soonest(a.id, b.id));
  const leastRetrievable = (a: StudyQuestion, b: StudyQuestion) =>
    (options.retrievability(a.id) ?? 1) - (options.retrievability(b.id) ?? 1);
  const reviews = options.sweep ? [...practised].sort(leastRetrievable) : due;
  const fresh = options.onlyDue
    ? []
    : matching.filter((q) => !entryFor(progress, q.id)?.card).slice(0, options.newAllowance);
  let cards = [...reviews, ...fresh];
  const ahead = cards.length === 0 && !options.onlyDue;
  if (ahead) cards = [...practised].sort((a, b) => soonest(a.id, b.id));
  if (options.order === 'random') cards = shuffle(cards, options.random);
  if (options.order === 'frequency') cards = [...cards].sort(byFrequency);
  return {
    cards: options.size === undefined ? cards : cards.slice(0, options.size),
    due: due.length,
    fresh: fresh.length,
    ahead,
  };
}

const FREQUENCY_RANK: readonly string[] = QUESTION_FREQUENCIES;
function byFrequency(a: StudyQuestion, b: StudyQuestion): number {
  return FREQUENCY_RANK.indexOf(b.frequency) - FREQUENCY_RANK.indexOf(a.frequency);
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** New questions introduced today: questions whose first review (from state New) was today. */
export function newIntroducedOn(
  reviews: ReadonlyArray<{ id: string; at: string; state: number }>,
  dayStart: Date,
): Set<string> {
  const from = dayStart.getTime();
  const until = from + 86_400_000;
  return new Set(
    reviews
      .filter((r) => r.state === 0 && Date.parse(r.at) >= from && Date.parse(r.at) < until)
      .map((r) => r.id),
  );
}
