import { describe, expect, it } from 'vitest';
import { ankiField, ankiFile, ankiTag, type AnkiNote } from '../../src/study/anki.ts';
import { retentionTradeOff } from '../../src/study/retention.ts';
import { intervalAt } from '../../src/study/schedule.ts';
import { exportOverdue, readSettings } from '../../src/study/settings.ts';
import { emptyProgress } from '../../src/study/progress-ops.ts';
import { exportProgress, parseImport } from '../../src/study/transfer.ts';

const note = (over: Partial<AnkiNote> = {}): AnkiNote => ({
  question: 'What does Cache-Control: no-cache mean?',
  quickAnswerHtml: '<p>Revalidate before <code>reuse</code>.</p>',
  url: 'https://example.test/guides/http/1-no-cache/',
  level: 'Senior',
  guide: 'http-caching',
  topics: ['http', 'caching'],
  companies: ['AT&T', 'Shopify'],
  ...over,
});

/** Splits a file the way Anki's importer does: header lines, then quoted tab-separated fields. */
function parseAnki(text: string): { headers: string[]; rows: string[][] } {
  const lines = text.split('\n').filter((l) => l !== '');
  const headers = lines.filter((l) => l.startsWith('#'));
  const rows = lines
    .filter((l) => !l.startsWith('#'))
    .map((line) => {
      const fields: string[] = [];
      const pattern = /"((?:[^"]|"")*)"(?:\t|$)/gy;
      for (let m = pattern.exec(line); m; m = pattern.exec(line))
        fields.push((m[1] ?? '').replaceAll('""', '"'));
      return fields;
    });
  return { headers, rows };
}

describe('the Anki export', () => {
  it('writes the header lines, then one note per question with three fields', () => {
    const text = ankiFile([note(), note({ question: 'Second' })], 'Interview Prep');
    const { headers, rows } = parseAnki(text);
    expect(headers).toEqual([
      '#separator:tab',
      '#html:true',
      '#deck:Interview Prep',
      '#tags column:3',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([
      'What does Cache-Control: no-cache mean?',
      '<p>Revalidate before <code>reuse</code>.</p><p><a href="https://example.test/guides/http/1-no-cache/">Full answer</a></p>',
      'level::senior guide::http-caching topic::http topic::caching company::at-and-t company::shopify',
    ]);
  });

  it('keeps hostile text inside its field: tabs, newlines, quotes, a leading # and HTML', () => {
    const hostile = note({
      question: '#deck:Evil\t"quoted"\n<script>alert(1)</script>',
      quickAnswerHtml: '<p>line one\nline two\r\n\t"x"</p>',
      url: 'https://example.test/a"onmouseover="x',
      topics: ['two words', ''],
    });
    const text = ankiFile([hostile], 'Deck\n#html:false');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe('#deck:Deck #html:false');
    const { rows } = parseAnki(text);
    expect(rows[0]?.[0]).toBe(
      '#deck:Evil\t&quot;quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(lines[4]?.startsWith('"')).toBe(true);
    expect(rows[0]?.[1]).toContain('href="https://example.test/a&quot;onmouseover=&quot;x"');
    expect(rows[0]?.[1]).not.toContain('\n');
    expect(rows[0]?.[2]).toContain('topic::two-words topic::untitled');
  });

  it('fields are always quoted and tags never hold spaces', () => {
    expect(ankiField('a"b')).toBe('"a""b"');
    expect(ankiField('a\u2028b')).toBe('"a b"');
    expect(ankiTag('company', 'Société Générale')).toBe('company::societe-generale');
  });
});

describe('settings that travel with progress', () => {
  it('keeps valid fields and defaults the others', () => {
    expect(
      readSettings({ retention: 0.99, newPerDay: 5, interviewDate: '2026-02-30', extra: 1 }),
    ).toEqual({ retention: 0.9, newPerDay: 5, minutesPerDay: 30 });
    expect(readSettings('junk')).toEqual({ retention: 0.9, newPerDay: 10, minutesPerDay: 30 });
  });

  it('offers an export when none was made or the last is over a week old', () => {
    const now = new Date('2026-11-30T10:00:00.000Z');
    expect(exportOverdue(undefined, now)).toBe(true);
    expect(exportOverdue('2026-11-25T10:00:00.000Z', now)).toBe(false);
    expect(exportOverdue('2026-11-22T10:00:00.000Z', now)).toBe(true);
  });

  it('an export carries settings and the review log, and imports them back', () => {
    const now = new Date('2026-11-30T10:00:00.000Z');
    const settings = { ...readSettings({}), interviewDate: '2026-12-10', retention: 0.95 };
    const reviews = [
      { id: 'a/q1', at: '2026-11-29T10:00:00.000Z', rating: 3, elapsedDays: 0, state: 0 },
      { id: 'a/q1', at: '2026-12-29T10:00:00.000Z', rating: 3, elapsedDays: 0, state: 0 },
    ];
    const text = exportProgress(emptyProgress(), now, { settings, reviews });
    const result = parseImport(text, new Set(['a/q1']), now);
    expect(result.ok && result.settings).toEqual(settings);
    // A review later than now (plus clock skew) is dropped, like any future time.
    expect(result.ok && result.reviews).toEqual([reviews[0]]);
  });

  it('states the workload trade-off of a retention', () => {
    expect(retentionTradeOff(0.9, intervalAt)).toContain('the default balance');
    expect(retentionTradeOff(0.97, intervalAt)).toMatch(/× the reviews of 90%/);
    expect(retentionTradeOff(0.8, intervalAt)).toMatch(/% fewer reviews than at 90%/);
  });
});
