import type { TsVersion } from '../content/ts-versions.ts';

/**
 * Picks examples by `<guide>/<question>`: `express-js/q19-1` (one block), `express-js/q19` or
 * `express-js/19` or a question page slug like `express-js/19-how-do-you…` (every block of the question),
 * or `express-js` (the whole guide).
 */
export function selectTsVersions(tsVersions: readonly TsVersion[], selector: string): TsVersion[] {
  const [guide = '', question] = selector.replace(/^\/+|\/+$/g, '').split('/');
  const inGuide = tsVersions.filter((t) => t.id.startsWith(`${guide}/`));
  if (question === undefined || question === '') return inGuide;
  const exact = inGuide.filter((t) => t.id === `${guide}/${question}`);
  if (exact.length > 0) return exact;
  const number = /^q?(\d+)(?:-|$)/.exec(question)?.[1];
  return number === undefined
    ? []
    : inGuide.filter((t) => new RegExp(`/q${number}-\\d+$`).test(t.id));
}

export function usesRedis(tsVersion: TsVersion): boolean {
  return /from\s+['"](ioredis|redis)['"]|REDIS_URL/.test(tsVersion.source);
}
