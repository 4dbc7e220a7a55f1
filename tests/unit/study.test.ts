import { describe, expect, it } from 'vitest';
import { questionId } from '../../src/study/ids.ts';
import {
  emptyProgress,
  mergeProgress,
  readProgress,
  serializeProgress,
  summarize,
  updateQuestion,
} from '../../src/study/progress.ts';
import { dueIds, gradeQuestion, untilNextReview } from '../../src/study/schedule.ts';
import { exportProgress, parseImport } from '../../src/study/transfer.ts';

const now = new Date('2026-11-20T10:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const entry = (over: Record<string, unknown> = {}) => ({
  state: 'known',
  bookmarked: true,
  note: 'remember ETags',
  updatedAt: '2026-11-19T09:00:00.000Z',
  ...over,
});

describe('readProgress', () => {
  it('starts empty when nothing is stored', () => {
    expect(readProgress(null, now)).toEqual({
      progress: { version: 2, questions: {} },
      notice: undefined,
      changed: false,
    });
  });

  it('reads valid stored progress unchanged', () => {
    const stored = JSON.stringify({ version: 2, questions: { 'express-js/q3': entry() } });
    const result = readProgress(stored, now);
    expect(result.notice).toBeUndefined();
    expect(result.changed).toBe(false);
    expect(result.progress.questions['express-js/q3']).toEqual(entry());
  });

  it('resets text that is not JSON, with a notice', () => {
    const result = readProgress('{"version": 2, "questions": {', now);
    expect(result.progress.questions).toEqual({});
    expect(result.notice).toMatch(/could not be read .*reset/);
    expect(result.changed).toBe(true);
  });

  it('resets progress from a newer format, saying so', () => {
    const result = readProgress(JSON.stringify({ version: 9, questions: {} }), now);
    expect(result.notice).toContain('saved by a newer version of this site (format 9)');
  });

  it('keeps the valid fields of a damaged entry and drops what cannot be used', () => {
    const stored = JSON.stringify({
      version: 2,
      questions: {
        'express-js/q1': entry(),
        'express-js/q2': entry({ state: 'mastered', note: 42 }),
        'express-js/q3': 'garbage',
        'not an id': entry(),
      },
    });
    const result = readProgress(stored, now);
    expect(Object.keys(result.progress.questions).sort()).toEqual([
      'express-js/q1',
      'express-js/q2',
    ]);
    expect(result.progress.questions['express-js/q2']).toMatchObject({
      state: 'new',
      bookmarked: true,
      note: '',
    });
    expect(result.notice).toBe(
      'Some saved study progress was damaged: 1 question was partly reset and 2 unreadable entries were removed. Everything else was kept.',
    );
  });

  it('migrates the first stored format', () => {
    const v1 = JSON.stringify({
      version: 1,
      known: ['streams-buffers/q2'],
      review: ['databases/q1', 'streams-buffers/q2'],
      bookmarks: ['databases/q1'],
      notes: { 'databases/q1': 'isolation levels' },
    });
    const result = readProgress(v1, now);
    expect(result.changed).toBe(true);
    expect(result.notice).toBeUndefined();
    expect(result.progress.questions).toEqual({
      'streams-buffers/q2': {
        state: 'known',
        bookmarked: false,
        note: '',
        updatedAt: now.toISOString(),
      },
      'databases/q1': {
        state: 'review',
        bookmarked: true,
        note: 'isolation levels',
        updatedAt: now.toISOString(),
      },
    });
  });
});

describe('updating and merging', () => {
  it('records a change with its time and forgets an entry back at its defaults', () => {
    let progress = updateQuestion(emptyProgress(), 'express-js/q1', { bookmarked: true }, now);
    expect(progress.questions['express-js/q1']).toEqual({
      state: 'new',
      bookmarked: true,
      note: '',
      updatedAt: now.toISOString(),
    });
    progress = updateQuestion(progress, 'express-js/q1', { bookmarked: false }, later(1000));
    expect(progress.questions).toEqual({});
  });

  it('round-trips through storage', () => {
    const progress = updateQuestion(
      emptyProgress(),
      'express-js/q1',
      { state: 'review', note: 'ask about 401 vs 403' },
      now,
    );
    expect(readProgress(serializeProgress(progress), now).progress).toEqual(progress);
  });

  it('merges question by question, the newer change winning', () => {
    const mine = updateQuestion(
      updateQuestion(emptyProgress(), 'a/q1', { state: 'known' }, later(2000)),
      'a/q2',
      { note: 'mine' },
      now,
    );
    const theirs = updateQuestion(
      updateQuestion(emptyProgress(), 'a/q1', { state: 'review' }, later(1000)),
      'a/q2',
      { note: 'theirs' },
      later(3000),
    );
    const merged = mergeProgress(mine, theirs);
    expect(merged.questions['a/q1']?.state).toBe('known');
    expect(merged.questions['a/q2']?.note).toBe('theirs');
  });

  it('summarises a set of questions', () => {
    let progress = updateQuestion(
      emptyProgress(),
      'a/q1',
      { state: 'known', bookmarked: true },
      now,
    );
    progress = updateQuestion(progress, 'a/q2', { state: 'review' }, now);
    expect(summarize(progress, ['a/q1', 'a/q2', 'a/q3'])).toEqual({
      total: 3,
      known: 1,
      review: 1,
      bookmarked: 1,
    });
  });
});

describe('scheduling with FSRS', () => {
  it('Good schedules a question later than Again; it counts as known once a spaced review is recalled', () => {
    const good = gradeQuestion(emptyProgress(), 'a/q1', 'Good', now);
    const again = gradeQuestion(emptyProgress(), 'a/q1', 'Again', now);
    expect(good.questions['a/q1']?.state).toBe('review');
    expect(again.questions['a/q1']?.state).toBe('review');
    const graduated = gradeQuestion(
      good,
      'a/q1',
      'Good',
      new Date(good.questions['a/q1']?.card?.due ?? ''),
    );
    expect(graduated.questions['a/q1']?.card?.state).toBe(2);
    expect(graduated.questions['a/q1']?.state).toBe('review');
    const spaced = new Date(graduated.questions['a/q1']?.card?.due ?? '');
    expect(gradeQuestion(graduated, 'a/q1', 'Good', spaced).questions['a/q1']?.state).toBe('known');
    expect(gradeQuestion(graduated, 'a/q1', 'Again', spaced).questions['a/q1']?.state).toBe(
      'review',
    );
    // Easy on first sight is not proof of memory: the question is not Known for good.
    const easy = gradeQuestion(emptyProgress(), 'a/q2', 'Easy', now).questions['a/q2'];
    expect(easy?.card?.state).toBe(2);
    expect(easy?.state).toBe('review');
    const goodDue = Date.parse(good.questions['a/q1']?.card?.due ?? '');
    const againDue = Date.parse(again.questions['a/q1']?.card?.due ?? '');
    expect(againDue).toBeGreaterThan(now.getTime());
    expect(againDue - now.getTime()).toBeLessThanOrEqual(10 * 60_000);
    expect(goodDue).toBeGreaterThan(againDue);
    expect(good.questions['a/q1']?.card?.reps).toBe(1);
  });

  it('spaces reviews further apart after each Good', () => {
    let progress = emptyProgress();
    let at = now;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      progress = gradeQuestion(progress, 'a/q1', 'Good', at);
      const due = new Date(progress.questions['a/q1']?.card?.due ?? '');
      intervals.push(due.getTime() - at.getTime());
      at = due;
    }
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1] as number);
  });

  it('counts questions due today, most overdue first', () => {
    let progress = gradeQuestion(emptyProgress(), 'a/q1', 'Again', now);
    progress = gradeQuestion(progress, 'a/q2', 'Easy', now);
    progress = updateQuestion(progress, 'a/q3', { bookmarked: true }, now);
    const ids = ['a/q2', 'a/q1', 'a/q3'];
    expect(dueIds(progress, ids, later(60 * 60_000))).toEqual(['a/q1']);
    expect(dueIds(progress, ids, later(400 * 86_400_000))).toEqual(['a/q1', 'a/q2']);
    expect(dueIds(progress, ['a/q2'], later(400 * 86_400_000))).toEqual(['a/q2']);
  });

  it('says when a card comes back', () => {
    expect(untilNextReview(later(5 * 60_000).toISOString(), now)).toBe('in 5 minutes');
    expect(untilNextReview(later(86_400_000).toISOString(), now)).toBe('tomorrow');
    expect(untilNextReview(later(4 * 86_400_000).toISOString(), now)).toBe('in 4 days');
  });
});

describe('export and import', () => {
  it('imports what it exported', () => {
    const progress = gradeQuestion(
      updateQuestion(emptyProgress(), 'a/q1', { note: 'n' }, now),
      'a/q2',
      'Hard',
      now,
    );
    const result = parseImport(exportProgress(progress, now), new Set(['a/q1', 'a/q2']), now);
    expect(result).toEqual({
      ok: true,
      progress,
      reviews: [],
      known: ['a/q1', 'a/q2'],
      unknown: [],
    });
  });

  it.each([
    ['not JSON', 'hello', 'it is not valid JSON'],
    ['another app', '{"questions": {}}', 'it is not a progress export from this site'],
    [
      'a bad value',
      JSON.stringify({
        app: 'interview-prep',
        exportedAt: now.toISOString(),
        version: 2,
        questions: { 'a/q1': entry({ state: 'mastered' }) },
      }),
      'it has an invalid value at questions › a/q1 › state',
    ],
  ])('rejects %s with a clear message, changing nothing', (_, text, reason) => {
    const result = parseImport(text, new Set(['a/q1']), now);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(reason);
      expect(result.message).toMatch(/Nothing was changed\.$/);
    }
  });
});

describe('question ids', () => {
  it('come from the guide and the question number', () => {
    expect(questionId('express-js', 3)).toBe('express-js/q3');
    expect(questionId('express-js', 19)).toBe('express-js/q19');
  });
});
