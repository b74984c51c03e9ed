import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { plainSchemas } from '../../src/lib/schema.ts';

const valid = {
  title: 'T',
  summary: 'S',
  date: '2020-11-08',
  phase: 'war',
  category: 'military',
  significance: 1,
  certainty: 'confirmed',
  sources: [{ source: 'x' }],
};
const issues = (data: unknown) => {
  const r = plainSchemas.event.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('event schema', () => {
  it('accepts a minimal valid event and resolves references to { id, collection }', () => {
    const r = plainSchemas.event.parse({ ...valid, places: ['shusha'] });
    expect(r.places).toEqual([{ id: 'shusha', collection: 'places' }]);
    expect(r.claims).toEqual([]);
  });
  it('rejects a missing title', () => {
    const { title: _omit, ...rest } = valid;
    expect(issues(rest)).toEqual(['title: Invalid input: expected string, received undefined']);
  });
  it('rejects an unquoted YAML date (a Date object) with advice to quote it', () => {
    expect(issues({ ...valid, date: new Date('2020-11-08') })[0]).toMatch(/^date: a quoted date string/);
  });
  it('rejects malformed and impossible dates', () => {
    expect(issues({ ...valid, date: '08/11/2020' })[0]).toMatch(/^date: an ISO date/);
    expect(issues({ ...valid, date: '2020-11-31' })[0]).toMatch(/^date: a date that exists/);
    expect(issues({ ...valid, date: '2020-11-10T00:00' })[0]).toMatch(/needs its UTC offset/);
  });
  it('accepts IANA zones of one, two and three parts', () => {
    const timed = { ...valid, date: '2020-11-10T00:00+03:00' };
    for (const zone of ['UTC', 'Europe/Moscow', 'America/Argentina/Buenos_Aires', 'Etc/GMT+3'])
      expect(issues({ ...timed, zone }), zone).toEqual([]);
    expect(issues({ ...timed, zone: 'Moscow time' })[0]).toMatch(/^zone: an IANA time zone/);
  });
  it('accepts year, month, day and offset date-times', () => {
    for (const date of ['1993', '1993-04', '1993-04-02', '2020-11-10T00:00+03:00', '2020-11-10T00:00Z']) {
      expect(issues({ ...valid, date }), date).toEqual([]);
    }
  });
  it('rejects empty sources, unknown enum values and unknown keys', () => {
    expect(issues({ ...valid, sources: [] })[0]).toMatch(/^sources: at least one source/);
    expect(issues({ ...valid, certainty: 'probable' })[0]).toMatch(/^certainty:/);
    expect(issues({ ...valid, sauce: 1 })[0]).toMatch(/sauce/);
    expect(issues({ ...valid, significance: 4 })[0]).toMatch(/^significance: a number: 1 \(key\), 2 or 3/);
    expect(issues({ ...valid, significance: '1' })[0]).toMatch(/^significance: a number without quotes/);
  });
  it('prettifies errors for editors', () => {
    const r = plainSchemas.event.safeParse({ ...valid, title: '' });
    expect(r.success).toBe(false);
    if (!r.success) expect(z.prettifyError(r.error)).toContain('→ at title');
  });
});

describe('place and source schemas', () => {
  it('requires coordinates as [lat, lon] within range', () => {
    const place = {
      kind: 'town',
      names: { en: 'Shusha', alt: 'Shushi' },
      coordinates: [39.758, 46.748],
      coordinatesSource: { source: 'geonames', locator: 'GeoNames 147105' },
      country: 'azerbaijan',
    };
    expect(plainSchemas.place.safeParse(place).success).toBe(true);
    expect(plainSchemas.place.safeParse({ ...place, coordinates: [146.7, 39.7] }).success).toBe(false);
  });
  it("requires the source of a settlement's coordinates, not of a district's label point", () => {
    const village = {
      kind: 'village',
      names: { en: 'Talish' },
      coordinates: [40.3814, 46.7408],
      country: 'azerbaijan',
    };
    const r = plainSchemas.place.safeParse(village);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['coordinatesSource']);
    expect(
      plainSchemas.place.safeParse({ ...village, coordinatesSource: { source: 'wikipedia-talish' } }).success,
    ).toBe(true);
    expect(plainSchemas.place.safeParse({ ...village, kind: 'district' }).success).toBe(true);
  });
  it('requires an http(s) URL when a URL is given', () => {
    const source = { title: 'T', publisher: 'P', kind: 'news', perspective: 'x', language: 'en' };
    expect(plainSchemas.source.safeParse(source).success).toBe(true);
    expect(plainSchemas.source.safeParse({ ...source, url: 'ftp://x' }).success).toBe(false);
    expect(plainSchemas.source.safeParse({ ...source, url: 'https://example.org/a' }).success).toBe(true);
  });
});
