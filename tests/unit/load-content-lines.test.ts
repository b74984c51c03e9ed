import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load-content.ts';

describe('checkContent entries', () => {
  const { content, problems } = checkContent('tests/fixtures/valid-minimal');
  it('still give each field its line in the file once the rules have run', () => {
    expect(problems).toEqual([]);
    const event = content.events.find((e) => e.id === '1993-fixture-year')!;
    const lineOfKey = (key: string) => event.text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;
    for (const key of ['title', 'date', 'places', 'sources']) expect(event.lineOf!([key]), key).toBe(lineOfKey(key));
    expect(event.lineOf!(['sources', 0, 'source'])).toBe(lineOfKey('sources') + 1);
  });
});
