import { describe, expect, it } from 'vitest';
import { countBy, filtersFromQuery, filtersToQuery, matchesFilters, optionsFrom } from '../../src/lib/filters.ts';

const e = {
  phase: 'war',
  category: 'diplomatic',
  certainty: 'confirmed',
  significance: 2,
  actors: ['russia', 'armenia'],
  places: ['shusha', 'shusha-district'],
};

describe('timeline filters', () => {
  it('passes an event that meets every set filter, and only then', () => {
    expect(matchesFilters(e, {})).toBe(true);
    expect(matchesFilters(e, { actor: 'russia', category: 'diplomatic' })).toBe(true);
    expect(matchesFilters(e, { actor: 'turkey' })).toBe(false);
    expect(matchesFilters(e, { place: 'shusha-district' })).toBe(true);
    expect(matchesFilters(e, { key: '1' })).toBe(false);
    expect(matchesFilters({ ...e, significance: 1 }, { key: '1' })).toBe(true);
    expect(matchesFilters(e, { phase: 'prelude' })).toBe(false);
    expect(matchesFilters(e, { certainty: 'disputed' })).toBe(false);
  });
  it('round-trips through the URL query, dropping unknown and empty keys', () => {
    const f = filtersFromQuery('?actor=russia&category=diplomatic&foo=bar&place=');
    expect(f).toEqual({ actor: 'russia', category: 'diplomatic' });
    expect(filtersToQuery(f)).toBe('?category=diplomatic&actor=russia');
    expect(filtersToQuery({})).toBe('');
  });
  it('builds sorted options with counts', () => {
    const counts = countBy([e, { ...e, actors: ['russia'] }], (x) => x.actors);
    expect(optionsFrom(counts, (k) => k.toUpperCase())).toEqual([
      { value: 'armenia', label: 'ARMENIA', count: 1 },
      { value: 'russia', label: 'RUSSIA', count: 2 },
    ]);
  });
});
