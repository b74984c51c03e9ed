/**
 * Each folder under tests/fixtures/ (but valid-minimal) breaks one rule. Building it
 * must fail with a non-zero exit and a line naming the file, the field and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { buildSite, cleanup, contentWithFixture } from '../helpers/build.ts';

const cases: { fixture: string; file: RegExp; field: string; expected: RegExp }[] = [
  {
    fixture: 'missing-title',
    file: /events\/2020-11-08-fixture-shusha\.md/,
    field: 'title',
    expected: /expected string, received undefined/,
  },
  { fixture: 'malformed-date', file: /events\/2020-11-08-fixture-shusha\.md/, field: 'date', expected: /an ISO date/ },
  {
    fixture: 'unquoted-date',
    file: /events\/2020-11-08-fixture-shusha\.md/,
    field: 'date',
    expected: /write it in quotes/,
  },
  {
    fixture: 'end-before-date',
    file: /events\/2020-11-08-fixture-shusha\.md/,
    field: 'end',
    expected: /on or after date "2020-11-08"/,
  },
  {
    fixture: 'unknown-place',
    file: /events\/2020-11-08-fixture-shusha\.md/,
    field: 'places\\[0\\]',
    expected: /"atlantis" is not in content\/places/,
  },
  {
    fixture: 'unknown-actor',
    file: /events\/2020-11-08-fixture-shusha\.md/,
    field: 'actors\\[0\\]',
    expected: /"nobody-at-all" is not in content\/actors/,
  },
  {
    fixture: 'unknown-source',
    file: /events\/2020-11-08-fixture-shusha\.md/,
    field: 'sources\\[0\\]\\.source',
    expected: /"invented-source" is not in content\/sources/,
  },
  {
    fixture: 'empty-sources',
    file: /events\/2020-11-08-fixture-shusha\.md/,
    field: 'sources',
    expected: /at least one source/,
  },
  {
    fixture: 'duplicate-id',
    file: /events\/more\/2020-11-10-fixture-in-force\.md/,
    field: 'id',
    expected: /is also .*events\/2020-11-10-fixture-in-force\.md/,
  },
  {
    fixture: 'unsafe-link',
    file: /events\/2020-11-08-fixture-shusha\.md/,
    field: 'body \\(line 13\\)',
    expected: /not "javascript:alert\(document\.cookie\)"/,
  },
  {
    fixture: 'raw-html',
    file: /events\/2020-11-08-fixture-shusha\.md/,
    field: 'body \\(line 15\\)',
    expected: /raw HTML "<div class=\\"injected\\">/,
  },
];

describe('broken content fails the build', () => {
  for (const c of cases) {
    it(`${c.fixture}: exits non-zero naming the file and the field`, () => {
      const content = contentWithFixture(c.fixture);
      const result = buildSite({ contentDir: content });
      try {
        expect(result.status, result.output).not.toBe(0);
        const line = result.output.split('\n').find((l) => c.file.test(l) && new RegExp(`: ${c.field}: `).test(l));
        expect(line, `no line naming the file and "${c.field}" in:\n${result.output}`).toBeDefined();
        expect(line).toMatch(c.expected);
      } finally {
        cleanup(content, result.outDir);
      }
    });
  }

  it('the valid fixture itself builds (so the failures above come from the defects)', () => {
    const content = contentWithFixture('valid-minimal');
    const result = buildSite({ contentDir: content });
    try {
      expect(result.status, result.output).toBe(0);
    } finally {
      cleanup(content, result.outDir);
    }
  });
});
