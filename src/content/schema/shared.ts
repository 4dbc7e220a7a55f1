import { z } from 'zod';
import { KEBAB_CASE } from '../slug.ts';

/**
 * Schema messages in this project are the "expected" half of a diagnostic: the formatter adds the
 * field, the line and what was received. Custom issues may carry `params.received` and `params.hint`.
 */
export interface IssueParams {
  received?: string;
  hint?: string;
}

export const kebabSlug = (what: string) => {
  const expected = `${what} in kebab-case (lower-case words joined by "-", like "nodejs-core")`;
  return z.string({ error: expected }).regex(KEBAB_CASE, { error: expected });
};

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Refuses control characters other than tab and newline, naming the code point: they reach the HTML otherwise. */
export function noControlCharacters(value: string, ctx: z.RefinementCtx<string>): void {
  const found = CONTROL_CHARACTER.exec(value);
  if (!found) return;
  const code = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  const params: IssueParams = { received: `U+${code} at character ${found.index + 1}`, hint: 'delete the invisible character (retype the text around it)' };
  ctx.addIssue({ code: 'custom', input: value, message: 'text without control characters', params });
}

export const nonEmptyText = (what: string) =>
  z
    .string({ error: what })
    .refine((s) => s.trim() !== '', { error: what })
    .superRefine(noControlCharacters);

/** Flags every repeat in a list, at the repeated item, comparing with `key`. */
export function noRepeats(what: string, key: (item: string) => string = (s) => s) {
  return (items: string[], ctx: z.RefinementCtx<string[]>) => {
    const firstIndex = new Map<string, number>();
    items.forEach((item, index) => {
      const k = key(item);
      const first = firstIndex.get(k);
      if (first === undefined) {
        firstIndex.set(k, index);
        return;
      }
      const params: IssueParams = {
        received: `${JSON.stringify(item)} again (already item ${first + 1} of the list)`,
        hint: `remove the repeated ${what}`,
      };
      ctx.addIssue({ code: 'custom', path: [index], input: item, message: `each ${what} listed once`, params });
    });
  };
}

/** Company names compare without case, accents or spacing differences. */
export const companyKey = (name: string) => name.normalize('NFKC').trim().toLocaleLowerCase('en').replace(/\s+/g, ' ');

export const companyName = nonEmptyText('a company name (non-empty text)');
