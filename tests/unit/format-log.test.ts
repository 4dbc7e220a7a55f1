import { format } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatLog } from '../../src/client/example-run/format-log.ts';

class Account {
  id = 7;
  owner = 'Ada';
}
class Empty {}

/** What the examples print, each compared with Node's own console formatting. */
const cases: Array<[string, unknown[]]> = [
  ['plain text and numbers', ['total', 3, -0, 12.5, 10n, true, null, undefined]],
  ['format specifiers', ['%s has %d items (%i%%) %j', 'cart', 3.7, 42.9, { a: 1 }]],
  ['a small object', [{ id: 1, name: 'Ada', 'x-y': true, nested: { deep: { deeper: { x: 1 } } } }]],
  ['strings inside objects', [{ quote: "it's", both: `"it's"`, line: 'a\nb' }]],
  ['arrays, short and long', [[1, 2, 3], Array.from({ length: 30 }, (_, i) => i * 7)]],
  ['an array of words', [['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']]],
  ['a long object', [{ first: 'a'.repeat(30), second: 'b'.repeat(30), third: 'c'.repeat(30) }]],
  [
    'maps and sets',
    [
      new Map<unknown, unknown>([
        ['a', 1],
        ['b', { c: 2 }],
      ]),
      new Set([1, 'two']),
    ],
  ],
  ['class instances', [new Account(), new Empty(), Object.create(null)]],
  [
    'nested arrays of objects',
    [
      [
        { id: 1, tags: ['a', 'b'] },
        { id: 2, tags: [] },
      ],
    ],
  ],
  ['functions and symbols', [function named() {}, () => 1, Symbol('s'), class Shape {}]],
  ['dates and regexps', [new Date(0), /a+b/gi]],
  ['empty values', [{}, [], new Map(), '']],
  // eslint-disable-next-line no-sparse-arrays -- holes print as "<1 empty item>"
  ['sparse array', [[1, , 3]]],
];

describe('formatLog prints what Node prints', () => {
  for (const [name, args] of cases)
    it(name, () => {
      expect(formatLog(args)).toBe(format(...args));
    });
});
