import { expect, it } from 'vitest';

it('runs under a non-UTC time zone, so day-shifting date bugs show up', () => {
  expect(new Date(2020, 10, 8).getTimezoneOffset()).not.toBe(0);
});
