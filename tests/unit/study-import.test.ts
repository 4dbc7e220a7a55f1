import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS } from '../../src/study/moments.ts';
import {
  emptyProgress,
  mergeProgress,
  readProgress,
  updateQuestion,
} from '../../src/study/progress.ts';
import { progressReport } from '../../src/study/progress-report.ts';
import {
  describeImport,
  exportProgress,
  IMPORT_MAX_BYTES,
  parseImport,
} from '../../src/study/transfer.ts';

const now = new Date('2026-11-20T10:00:00.000Z');
const site = new Set(['a/q1', 'a/q2', 'a/q3']);
const entry = (over: Record<string, unknown> = {}) => ({
  state: 'known',
  bookmarked: false,
  note: '',
  updatedAt: '2026-11-19T09:00:00.000Z',
  ...over,
});
const card = (over: Record<string, unknown> = {}) => ({
  due: '2026-11-25T10:00:00.000Z',
  stability: 5.2,
  difficulty: 4.1,
  elapsedDays: 3,
  scheduledDays: 5,
  learningSteps: 0,
  reps: 4,
  lapses: 1,
  state: 2,
  lastReview: '2026-11-19T09:00:00.000Z',
  ...over,
});
const file = (questions: Record<string, unknown>, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    app: 'interview-prep',
    exportedAt: '2026-11-20T09:59:00.000Z',
    version: 2,
    questions,
    ...over,
  });
const refused = (text: string) => {
  const result = parseImport(text, site, now);
  if (result.ok) throw new Error(`accepted: ${text.slice(0, 200)}`);
  expect(result.message).toMatch(/Nothing was changed\.$/);
  return result.message;
};
const future = new Date(now.getTime() + CLOCK_SKEW_MS + 1000).toISOString();

describe('an import refuses values outside what the scheduler accepts, naming where', () => {
  it.each([
    [
      'negative stability',
      card({ stability: -3 }),
      'questions › a/q1 › card › stability (expected a number from 0.001 to 36500 (0 only with difficulty 0 on a new card); received -3)',
    ],
    [
      'difficulty 42',
      card({ difficulty: 42 }),
      'questions › a/q1 › card › difficulty (expected a number from 1 to 10 (0 only with stability 0 on a new card); received 42)',
    ],
    [
      'stability 0 on a reviewed card',
      card({ stability: 0 }),
      'questions › a/q1 › card › stability (expected a number from 0.001 to 36500 (0 only with difficulty 0 on a new card)',
    ],
    [
      'state 9',
      card({ state: 9 }),
      'questions › a/q1 › card › state (expected 0 (new), 1 (learning), 2 (review) or 3 (relearning); received 9)',
    ],
    ['fractional reps', card({ reps: 2.5 }), 'card › reps (expected a whole number; received 2.5)'],
    [
      'more lapses than reps',
      card({ lapses: 5 }),
      'card › lapses (expected at most reps (4): every lapse is a review',
    ],
    [
      'a due date a century out',
      card({ due: '2126-11-25T10:00:00.000Z' }),
      'card › due (expected a due date no later than',
    ],
    [
      'a future last review',
      card({ lastReview: future }),
      `card › lastReview (expected a last review no later than 2026-11-20T10:05:00.000Z; received "${future}")`,
    ],
  ])('%s', (_, c, where) => {
    expect(refused(file({ 'a/q1': entry({ card: c }) }))).toContain(where);
  });

  it.each([
    ['1e999 (Infinity)', '1e999'],
    ['NaN as text', '"NaN"'],
    ['null', 'null'],
    ['an object', '{"valueOf": 3}'],
  ])('refuses %s for a number', (_, value) => {
    const text = file({ 'a/q1': entry({ card: card() }) }).replace(
      '"stability":5.2',
      `"stability":${value}`,
    );
    expect(refused(text)).toContain('at questions › a/q1 › card › stability');
  });
});

describe('an import refuses times after now plus the clock-skew allowance', () => {
  it('a far-future change time, which would win every later merge', () => {
    expect(refused(file({ 'a/q1': entry({ updatedAt: '9999-12-31T23:59:59.999Z' }) }))).toContain(
      'at questions › a/q1 › updatedAt (expected a change time no later than 2026-11-20T10:05:00.000Z; received "9999-12-31T23:59:59.999Z")',
    );
  });

  it('a future export time', () => {
    expect(refused(file({}, { exportedAt: future }))).toContain(
      'at exportedAt (expected an export time no later than',
    );
  });

  it('but accepts a change time inside the allowance', () => {
    const inside = new Date(now.getTime() + CLOCK_SKEW_MS).toISOString();
    expect(parseImport(file({ 'a/q1': entry({ updatedAt: inside }) }), site, now).ok).toBe(true);
  });

  it('and stored progress with a future change time is repaired to now, so it cannot win a merge', () => {
    const read = readProgress(
      JSON.stringify({
        version: 2,
        questions: { 'a/q1': entry({ updatedAt: '9999-01-01T00:00:00.000Z', note: 'kept' }) },
      }),
      now,
    );
    expect(read.progress.questions['a/q1']).toMatchObject({
      note: 'kept',
      updatedAt: now.toISOString(),
    });
    expect(read.notice).toContain('1 question was partly reset');
    const newer = updateQuestion(
      emptyProgress(),
      'a/q1',
      { note: 'newer' },
      new Date(now.getTime() + 1000),
    );
    expect(mergeProgress(read.progress, newer).questions['a/q1']?.note).toBe('newer');
  });
});

describe('unknown question ids are kept apart, reported and never counted', () => {
  const mixed = file({
    'a/q1': entry(),
    'a/q99': entry(),
    'gone-guide/q4': entry({ state: 'review' }),
  });

  it('splits them from the ones the site has', () => {
    const result = parseImport(mixed, site, now);
    expect(result.ok && { known: result.known, unknown: result.unknown }).toEqual({
      known: ['a/q1'],
      unknown: ['a/q99', 'gone-guide/q4'],
    });
    if (result.ok)
      expect(Object.keys(result.progress.questions)).toEqual(['a/q1', 'a/q99', 'gone-guide/q4']);
  });

  it('says so in the import message', () => {
    expect(describeImport(['a/q1'], ['a/q99', 'gone-guide/q4'], 'merge')).toBe(
      'Imported progress for 1 question (merged with what was here). 2 entries are for questions this site does not have (a/q99, gone-guide/q4): kept, and exported again, but not counted in your progress.',
    );
    expect(
      describeImport(['a/q1'], ['1/q1', '2/q1', '3/q1', '4/q1', '5/q1', '6/q1', '7/q1'], 'replace'),
    ).toContain('(1/q1, 2/q1, 3/q1, 4/q1, 5/q1 and 2 more)');
  });

  it('leaves the totals right: never "31 of 10 known"', () => {
    const questions: Record<string, unknown> = { 'a/q1': entry() };
    for (let i = 100; i < 130; i++) questions[`a/q${i}`] = entry();
    const result = parseImport(file(questions), site, now);
    if (!result.ok) throw new Error(result.message);
    expect(progressReport(result.progress, [...site], now)).toBe(
      '1 question with progress: 1 known, 0 to review, 0 bookmarked, 0 due today. 30 saved entries are for questions this site does not have (a/q100, a/q101, a/q102, a/q103, a/q104 and 25 more): kept and exported, not counted.',
    );
  });

  it('survive an export and import again', () => {
    const result = parseImport(mixed, site, now);
    if (!result.ok) throw new Error(result.message);
    const again = parseImport(exportProgress(result.progress, now), site, now);
    expect(again.ok && again.progress).toEqual(result.progress);
  });
});

describe('keys named like Object.prototype members', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'a bare %s key is refused by name, never dropped',
    (key) => {
      expect(
        refused(
          `{"app":"interview-prep","exportedAt":"2026-11-20T09:00:00.000Z","version":2,"questions":{"a/q1":${JSON.stringify(entry())},"${key}":${JSON.stringify(entry())}}}`,
        ),
      ).toContain(
        `the key "${key}" in questions is not a question id (expected one like express-js/q3)`,
      );
    },
  );

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'a %s key in stored progress is reported as removed, and pollutes nothing',
    (key) => {
      const read = readProgress(
        `{"version":2,"questions":{"a/q1":${JSON.stringify(entry())},"${key}":${JSON.stringify(entry())}}}`,
        now,
      );
      expect(read.notice).toContain('1 unreadable entry was removed');
      expect(Object.keys(read.progress.questions)).toEqual(['a/q1']);
      expect(Object.getPrototypeOf(read.progress.questions)).toBeNull();
      expect(({} as Record<string, unknown>).state).toBeUndefined();
    },
  );

  it.each(['constructor/q1', 'toString/q2', 'hasOwnProperty/q3', 'valueOf/q4'])(
    '%s round-trips through import, update, merge and export',
    (id) => {
      const siteIds = new Set([id]);
      const result = parseImport(file({ [id]: entry({ note: 'mine' }) }), siteIds, now);
      if (!result.ok) throw new Error(result.message);
      expect(result.known).toEqual([id]);
      const updated = updateQuestion(result.progress, id, { bookmarked: true }, now);
      const merged = mergeProgress(emptyProgress(), updated);
      const back = parseImport(exportProgress(merged, now), siteIds, now);
      expect(back.ok && back.progress.questions[id]).toMatchObject({
        note: 'mine',
        bookmarked: true,
      });
    },
  );

  it('a lookup of an unsaved constructor id finds nothing, not Object', () => {
    const progress = updateQuestion(emptyProgress(), 'a/q1', { state: 'known' }, now);
    expect(progressReport(progress, ['a/q1', 'constructor', 'toString', '__proto__'], now)).toBe(
      '1 question with progress: 1 known, 0 to review, 0 bookmarked, 0 due today.',
    );
    expect(
      updateQuestion(progress, 'constructor', { note: 'n' }, now).questions.constructor,
    ).toEqual({ state: 'new', bookmarked: false, note: 'n', updatedAt: now.toISOString() });
  });
});

describe('wrong types and shapes are refused with one clear line', () => {
  it.each([
    ['an empty file', '', 'it is not valid JSON'],
    ['an array', '[]', 'it is not a progress export from this site'],
    ['a number', '42', 'it is not a progress export from this site'],
    [
      'questions as a list',
      file({}).replace('"questions":{}', '"questions":[]'),
      'at questions (expected an object keyed by question id; received a list of 0)',
    ],
    [
      'an entry that is text',
      file({ 'a/q1': 'known' }),
      'at questions › a/q1 (expected an object with state, bookmarked, note, updatedAt and (once practised) card; received "known")',
    ],
    [
      'a state outside the list',
      file({ 'a/q1': entry({ state: 'mastered' }) }),
      'at questions › a/q1 › state',
    ],
    ['a note that is a number', file({ 'a/q1': entry({ note: 7 }) }), 'at questions › a/q1 › note'],
    [
      'a field this site does not know',
      file({ 'a/q1': entry({ tags: ['x'] }) }),
      'at questions › a/q1 (expected an object with state, bookmarked, note, updatedAt and (once practised) card; found "tags", which this site does not know; received an object)',
    ],
    [
      'a version 1 file with a bad id',
      JSON.stringify({ version: 1, known: ['toString'], review: [], bookmarks: [], notes: {} }),
      '"toString" is not a question id',
    ],
    [
      'a version 1 file with a note that is not text',
      JSON.stringify({ version: 1, known: [], review: [], bookmarks: [], notes: { 'a/q1': 3 } }),
      'it is not a progress export from this site',
    ],
  ])('%s', (_, text, reason) => {
    expect(refused(text)).toContain(reason);
  });

  it('deeply nested JSON is refused without a crash', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(refused(file({ 'a/q1': 'PLACEHOLDER' }).replace('"PLACEHOLDER"', deep))).toContain(
      'at questions › a/q1',
    );
    expect(refused(deep)).toContain('not a progress export');
    const deepObject = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect(
      refused(
        file({ 'a/q1': entry() }, { extra: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', deepObject),
      ),
    ).toContain('found "extra", which this site does not know');
  });

  it('a file over the size limit is refused before it is parsed', () => {
    const huge = file({ 'a/q1': entry({ note: 'x'.repeat(IMPORT_MAX_BYTES) }) });
    expect(refused(huge)).toBe(
      `This file could not be imported: it is ${new TextEncoder().encode(huge).length.toLocaleString('en')} bytes, more than the 2,097,152 bytes a progress file may have. Nothing was changed.`,
    );
  });

  it('a file of multi-byte text is measured in bytes', () => {
    const note = 'é'.repeat(15_000);
    const questions: Record<string, unknown> = {};
    for (let i = 1; i <= 80; i++) questions[`a/q${i}`] = entry({ note });
    expect(refused(file(questions))).toContain('more than the 2,097,152 bytes');
  });
});
