import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/content/schema/scales.ts';
import { parseState, serializeState, type KnownValues } from '../../src/client/search/state.ts';
import { FACETS, FACET_KEYS, PROGRESS_FILTERS, passesProgress } from '../../src/site/facets.ts';
import { questionFacts } from '../../src/site/question-tags.ts';
import { searchRecords } from '../../src/site/search-records.ts';
import { QUESTION_FILTER } from '../../src/client/search/pagefind-param.ts';
import { questionId } from '../../src/study/ids.ts';
import { loadScenario } from '../helpers/fixtures.ts';

describe('the facet registry', () => {
  it('gives every search record one filter per facet, read the way practice reads it', () => {
    const { guides } = loadScenario('valid', 'unicode-companies');
    const records = searchRecords(guides);
    const questions = guides.flatMap((g) => g.questions.map((q) => ({ g, q })));
    expect(records).toHaveLength(questions.length);
    records.forEach((record, i) => {
      const { g, q } = questions[i] as (typeof questions)[number];
      // What the study index holds for the question (src/pages/study/questions.json.ts).
      const study = { id: questionId(g.slug, q.meta.number), ...questionFacts(q.meta, g) };
      expect(Object.keys(record.filters).sort()).toEqual([...FACET_KEYS, QUESTION_FILTER].sort());
      for (const facet of FACETS) expect(record.filters[facet.key]).toEqual(facet.values(study));
      expect(record.filters[QUESTION_FILTER]).toEqual([study.id]);
    });
  });

  it('keeps scales in order and writes slugs in URLs only where the facet says so', () => {
    expect(FACETS.find((f) => f.key === 'difficulty')?.scale).toEqual(LEVELS);
    expect(FACETS.find((f) => f.key === 'frequency')?.scale?.[0]).toBe('Very Common');
    const known = Object.fromEntries(FACET_KEYS.map((k) => [k, []])) as unknown as KnownValues;
    known.frequency = [{ label: 'Very Common', aliases: ['very-common'] }];
    known.company = [{ label: 'AT&T', aliases: ['at-and-t'] }];
    const state = parseState('?frequency=very-common&company=at-and-t', known);
    expect(state.filters.frequency).toEqual(['Very Common']);
    expect(state.filters.company).toEqual(['AT&T']);
    expect(serializeState(state, known)).toBe('?company=AT%26T&frequency=very-common');
  });

  it('applies every ticked progress filter (AND)', () => {
    expect(PROGRESS_FILTERS.map((f) => f.value)).toEqual(['review', 'bookmarked', 'not-known']);
    expect(passesProgress({ state: 'review', bookmarked: true }, ['review', 'bookmarked'])).toBe(
      true,
    );
    expect(passesProgress({ state: 'known', bookmarked: true }, ['bookmarked', 'not-known'])).toBe(
      false,
    );
    expect(passesProgress(undefined, ['not-known'])).toBe(true);
    expect(passesProgress(undefined, ['review'])).toBe(false);
  });
});
