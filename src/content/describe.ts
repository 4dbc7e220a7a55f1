import { distance } from 'fastest-levenshtein';

/** How a received value reads in an error message: quoted strings, named kinds for the rest. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(truncate(value, 80));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list' : `a list (${truncate(JSON.stringify(value), 80)})`;
  if (typeof value === 'object') return 'a mapping of keys';
  return typeof value;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Lists allowed values the way the guide format writes them: `a | b | c`. */
export function listChoices(choices: readonly string[]): string {
  return choices.join(' | ');
}

/**
 * The known name closest to what was typed, if it is close enough to be a likely typo.
 * Compares case-insensitively and ignores spaces, dashes and underscores. Unless `typosOnly`, a
 * known name inside what was typed (or the reverse) also counts.
 */
export function nearest(
  received: string,
  known: readonly string[],
  { typosOnly = false }: { typosOnly?: boolean } = {},
): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const target = squash(received);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = distance(target, squash(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const tolerance = Math.max(2, Math.floor(target.length / 3));
  if (best !== undefined && bestDistance <= tolerance) return best;
  if (typosOnly) return undefined;
  // "jwt-tokens" → "jwt": a known name inside what was typed (or the reverse) is a likely intent.
  const contained = known
    .filter(
      (candidate) =>
        squash(candidate).length >= 3 &&
        (target.includes(squash(candidate)) || squash(candidate).includes(target)),
    )
    .sort((a, b) => b.length - a.length);
  return target.length >= 3 ? contained[0] : undefined;
}

export function didYouMean(received: unknown, known: readonly string[]): string | undefined {
  if (typeof received !== 'string') return undefined;
  const match = nearest(received, known);
  return match === undefined || match === received ? undefined : `did you mean "${match}"?`;
}
