import type * as z from 'zod/mini';

/**
 * The message of a strict object schema: a field this site does not know is refused rather than
 * dropped, so nothing in a file is silently lost.
 */
export function objectError(expected: string): (issue: z.core.$ZodRawIssue) => string {
  return (issue) =>
    issue.code === 'unrecognized_keys'
      ? `${expected}; found ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}, which this site does not know`
      : expected;
}
