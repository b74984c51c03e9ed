import { describe, expect, it } from 'vitest';
import {
  calendarPeriod,
  daysApart,
  daysBetween,
  formatDate,
  formatDayShort,
  formatSpan,
  localDay,
  parseDate,
  shiftDay,
  startInstant,
  effectivePrecision,
} from '../../src/lib/dates.ts';

describe('formatDate', () => {
  it('writes a day in words without shifting it, whatever the machine zone', () => {
    expect(formatDate('2020-11-08')).toBe('8 November 2020');
    expect(formatDate('1992-02-25')).toBe('25 February 1992');
    expect(formatDate('2020-12-01')).toBe('1 December 2020');
  });
  it('writes month and year precision', () => {
    expect(formatDate('1988-02')).toBe('February 1988');
    expect(formatDate('2007-11-29', 'month')).toBe('November 2007');
    expect(formatDate('1993')).toBe('1993');
  });
  it('names the zone a source fixes and gives the local time in Baku and Yerevan', () => {
    expect(formatDate('2020-11-10T00:00+03:00', undefined, 'Europe/Moscow')).toBe(
      '10 November 2020, 00:00 Moscow time (01:00 in Baku and Yerevan)',
    );
  });
  it('notes a different local day when the zone shift crosses midnight', () => {
    expect(formatDate('2020-11-09T23:30+03:00', undefined, 'Europe/Moscow')).toBe(
      '9 November 2020, 23:30 Moscow time (00:30 on 10 November 2020 in Baku and Yerevan)',
    );
  });
  it('writes a local time without a zone name as local time', () => {
    expect(formatDate('2020-10-10T12:00+04:00')).toBe('10 October 2020, 12:00 local time');
  });
});

describe('formatSpan', () => {
  it('joins days of one month and days across months', () => {
    expect(formatSpan('1992-02-25', '1992-02-26')).toBe('25–26 February 1992');
    expect(formatSpan('2020-07-29', '2020-08-10')).toBe('29 July – 10 August 2020');
    expect(formatSpan('2020-11-08', undefined)).toBe('8 November 2020');
  });
});

describe('formatDayShort', () => {
  it('gives the day and the month in three letters, whatever the machine zone', () => {
    expect(formatDayShort('2020-09-27')).toBe('27 Sep');
    expect(formatDayShort('2020-12-01')).toBe('1 Dec');
  });
});

describe('instants and local days', () => {
  it('puts a calendar date at local midnight in Baku (UTC+4)', () => {
    expect(new Date(startInstant('2020-11-08')).toISOString()).toBe('2020-11-07T20:00:00.000Z');
  });
  it('reads a date-time with its own offset', () => {
    expect(new Date(startInstant('2020-11-10T00:00+03:00')).toISOString()).toBe('2020-11-09T21:00:00.000Z');
  });
  it('gives the local day of a date-time', () => {
    expect(localDay('2020-11-10T00:00+03:00')).toBe('2020-11-10');
    expect(localDay('2020-11-09T21:30+00:00')).toBe('2020-11-10');
    expect(localDay('2020-11-08')).toBe('2020-11-08');
  });
  it('knows what precision a string supports', () => {
    expect(parseDate('1993').finest).toBe('year');
    expect(parseDate('1993-04').finest).toBe('month');
    expect(parseDate('1993-04-02').finest).toBe('day');
    expect(effectivePrecision('1993-04-02', 'month')).toBe('month');
    expect(() => parseDate('8 Nov 2020')).toThrow();
  });
});

describe('calendar days (date-fns, no zone)', () => {
  // Unit tests run under America/Los_Angeles, whose clocks went back on 1 November 2020.
  it("shifts and counts days across a change of the machine's clocks, a month end and a leap day", () => {
    expect(shiftDay('2020-10-31', 2)).toBe('2020-11-02');
    expect(shiftDay('2020-03-01', -1)).toBe('2020-02-29');
    expect(daysApart('2020-10-31', '2020-11-02')).toBe(2);
    expect(daysApart('1988-01-01', '2019-12-31')).toBe(11687);
    expect(daysBetween('2020-10-31', '2020-11-02')).toEqual(['2020-10-31', '2020-11-01', '2020-11-02']);
  });
  it('gives the year, month or day a date falls in, with the day after its end', () => {
    expect(calendarPeriod('1994', 'year')).toEqual({ first: '1994-01-01', after: '1995-01-01' });
    expect(calendarPeriod('2020-12', 'month')).toEqual({ first: '2020-12-01', after: '2021-01-01' });
    expect(calendarPeriod('2020-11-10', 'month')).toEqual({ first: '2020-11-01', after: '2020-12-01' });
    expect(calendarPeriod('2020-02-29', 'day')).toEqual({ first: '2020-02-29', after: '2020-03-01' });
  });
});
