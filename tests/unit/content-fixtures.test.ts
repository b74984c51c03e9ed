/**
 * Every folder under tests/fixtures/ through the fast check (the loader the build uses),
 * each with the exact lines it must print: file, line, field and message. A fixture is laid
 * over valid-minimal/ unless it is a content folder of its own ("alone").
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentResult } from '../../src/content/load-content.ts';
import { FIXTURES } from '../helpers/build.ts';

interface Expected {
  /** The file (or folder, ending in "/") under the content folder. */
  file: string;
  /** Omitted for a folder. */
  line?: number;
  field: string;
  message: RegExp;
}
interface Case {
  fixture: string;
  /** What the issue calls it (issue 10's lists). */
  class: string;
  mode?: 'overlay' | 'alone' | 'missing';
  lines: Expected[];
  /** For fixtures that must load: what must be there. */
  loaded?: (r: ContentResult) => void;
}

const SHUSHA = 'events/2020-11-08-fixture-shusha.md';

const CASES: Case[] = [
  {
    fixture: 'no-such-folder',
    class: 'CONTENT_DIR pointing nowhere',
    mode: 'missing',
    lines: [{ file: '', field: '(folder)', message: /^expected the content folder .*, got no folder at \// }],
  },
  {
    fixture: 'missing-folders',
    class: 'a missing content folder',
    mode: 'alone',
    lines: ['actors', 'places', 'sources'].map((c) => ({
      file: `${c}/`,
      field: '(folder)',
      message: /^expected a folder with at least one \.yaml, \.yml, \.json file, got no folder$/,
    })),
  },
  {
    fixture: 'empty-folder',
    class: 'an empty content folder',
    mode: 'alone',
    lines: [
      {
        file: 'places/',
        field: '(folder)',
        message: /^expected a folder with at least one \.yaml, \.yml, \.json file, got an empty folder$/,
      },
    ],
  },
  {
    fixture: 'unknown-folder',
    class: 'a folder or file the loader would ignore',
    lines: [
      {
        file: 'event/',
        field: '(folder)',
        message: /^expected only the collection folders events, .*, got a folder "event"$/,
      },
      {
        file: 'notes.txt',
        line: 1,
        field: '(file)',
        message: /^expected only the collection folders .*, got a file "notes\.txt"$/,
      },
    ],
  },
  {
    fixture: 'bad-extensions',
    class: '.markdown, .MD and unknown extensions (they fail)',
    lines: [
      {
        file: 'events/2020-11-12-fixture-long-extension.markdown',
        line: 1,
        field: '(file)',
        message: /^expected a \.md file in events\/, got "\.markdown"/,
      },
      {
        file: 'events/2020-11-13-fixture-upper-extension.MD',
        line: 1,
        field: '(file)',
        message: /^expected a \.md file in events\/, got "\.MD"/,
      },
      {
        file: 'places/notes.txt',
        line: 1,
        field: '(file)',
        message: /^expected a \.yaml, \.yml, \.json file .*got "\.txt"/,
      },
    ],
  },
  {
    fixture: 'case-duplicate',
    class: 'ids that differ only by case',
    lines: [
      {
        file: 'events/more/2020-11-08-Fixture-Shusha.md',
        line: 1,
        field: '(file name)',
        message: /^expected a file name of lowercase letters, digits and hyphens .*, got "2020-11-08-Fixture-Shusha"$/,
      },
      {
        file: 'events/more/2020-11-08-Fixture-Shusha.md',
        line: 1,
        field: '(file name)',
        message:
          /^expected a file name that differs from the others by more than letter case, .*events\/2020-11-08-fixture-shusha\.md$/,
      },
    ],
  },
  {
    fixture: 'duplicate-id',
    class: 'two files with one id',
    lines: [
      {
        file: 'events/more/2020-11-10-fixture-in-force.md',
        line: 1,
        field: '(file name)',
        message:
          /^expected a unique file name, got "2020-11-10-fixture-in-force", which .*events\/2020-11-10-fixture-in-force\.md has too$/,
      },
    ],
  },
  {
    fixture: 'not-a-slug',
    class: 'file names that are not slugs (spaces, upper case)',
    lines: [
      { file: 'actors/Upper-Case.yaml', line: 1, field: '(file name)', message: /got "Upper-Case"$/ },
      {
        file: 'events/2020-11-12 fixture with spaces.md',
        line: 1,
        field: '(file name)',
        message: /got "2020-11-12 fixture with spaces"$/,
      },
    ],
  },
  {
    fixture: 'invalid-utf8',
    class: 'invalid UTF-8',
    lines: [
      {
        file: 'places/shusha.yaml',
        line: 4,
        field: '(file)',
        message: /^expected UTF-8 text, got a byte 0xDE that is not UTF-8/,
      },
    ],
  },
  {
    fixture: 'bom',
    class: 'a UTF-8 BOM (accepted and dropped)',
    lines: [],
    loaded: (r) => {
      expect(r.content.events.find((e) => e.id === '2020-11-12-fixture-bom')?.data.title).toBe('Byte order mark');
      expect(r.content.actors.find((e) => e.id === 'fixture-bom-actor')?.data.name).toBe('BOM actor');
    },
  },
  {
    fixture: 'json-trailing-comma',
    class: 'a JSON trailing comma',
    lines: [
      {
        file: 'actors/fixture-json-actor.json',
        line: 4,
        field: '(json)',
        message: /^expected strict JSON, got a syntax error: Expected double-quoted property name/,
      },
    ],
  },
  {
    fixture: 'yaml-syntax-error',
    class: 'a YAML syntax error (in a file and in frontmatter)',
    lines: [
      {
        file: 'events/2020-11-12-fixture-broken-yaml.md',
        line: 5,
        field: '(frontmatter)',
        message: /^expected valid YAML, got a syntax error: All mapping items must start at the same column$/,
      },
      {
        file: 'places/fixture-broken-place.yaml',
        line: 3,
        field: '(yaml)',
        message: /^expected valid YAML, got a syntax error: Missing closing "quote$/,
      },
    ],
  },
  {
    fixture: 'multi-document-yaml',
    class: 'a YAML file holding two documents',
    lines: [
      {
        file: 'actors/fixture-two-documents.yaml',
        line: 3,
        field: '(yaml)',
        message: /^expected one YAML document, got 2/,
      },
    ],
  },
  {
    fixture: 'frontmatter-missing',
    class: 'missing or unclosed frontmatter',
    lines: [
      {
        file: 'events/2020-11-12-fixture-no-frontmatter.md',
        line: 1,
        field: '(frontmatter)',
        message:
          /^expected YAML frontmatter opened by a --- line at the top of the file, got a file that starts with "title:/,
      },
      {
        file: 'events/2020-11-13-fixture-unclosed.md',
        line: 1,
        field: '(frontmatter)',
        message: /^expected a --- line that closes the frontmatter, got none/,
      },
    ],
  },
  {
    fixture: 'missing-title',
    class: 'a required field missing',
    lines: [{ file: SHUSHA, line: 2, field: 'title', message: /^expected a text, got nothing$/ }],
  },
  {
    fixture: 'unknown-field',
    class: 'a field renamed (misspelt)',
    lines: [
      {
        file: 'events/2020-11-12-fixture-renamed.md',
        line: 2,
        field: 'summary',
        message: /^expected a text, got nothing$/,
      },
      {
        file: 'events/2020-11-12-fixture-renamed.md',
        line: 3,
        field: 'sumary',
        message: /^expected one of the fields title, summary, .*, got an unknown field "sumary"$/,
      },
    ],
  },
  {
    fixture: 'malformed-date',
    class: 'a date that is not ISO',
    lines: [{ file: SHUSHA, line: 4, field: 'date', message: /^expected an ISO date: .*, got "8 November 2020"$/ }],
  },
  {
    fixture: 'unquoted-date',
    class: 'an unquoted date',
    lines: [
      {
        file: SHUSHA,
        line: 4,
        field: 'date',
        message: /^expected a quoted date string; write it in quotes.*, got the unquoted date 2020-11-08/,
      },
    ],
  },
  {
    fixture: 'end-before-date',
    class: 'an end before the start',
    lines: [
      {
        file: SHUSHA,
        line: 5,
        field: 'end',
        message: /^expected a date on or after date "2020-11-08", got "2020-11-01"$/,
      },
    ],
  },
  {
    fixture: 'empty-sources',
    class: 'an entry without sources',
    lines: [
      { file: SHUSHA, line: 9, field: 'sources', message: /^expected at least one source: .*, got an empty list$/ },
    ],
  },
  {
    fixture: 'quoted-significance',
    class: 'significance: "1" (a number is wanted)',
    lines: [
      {
        file: 'events/2020-11-12-fixture-quoted.md',
        line: 7,
        field: 'significance',
        message: /^expected a number without quotes: 1 \(key\), 2 or 3 \(detail\), got "1"$/,
      },
    ],
  },
  {
    fixture: 'enum-value',
    class: 'an enum error echoes the bad value',
    lines: [
      {
        file: 'events/2020-11-12-fixture-enum.md',
        line: 5,
        field: 'phase',
        message: /^expected one of "background", "prelude", "war", "ceasefire", "aftermath", got "warr"$/,
      },
    ],
  },
  {
    fixture: 'three-part-zone',
    class: 'a three-part IANA zone (accepted)',
    lines: [],
    loaded: (r) =>
      expect(r.content.events.find((e) => e.id === '2020-11-12-fixture-buenos-aires')?.data.zone).toBe(
        'America/Argentina/Buenos_Aires',
      ),
  },
  {
    fixture: 'unknown-place',
    class: 'a reference to a place that does not exist',
    lines: [
      {
        file: SHUSHA,
        line: 9,
        field: 'places[0]',
        message: /^expected the id of a file in content\/places\/, got "atlantis"$/,
      },
    ],
  },
  {
    fixture: 'unknown-actor',
    class: 'a reference to an actor that does not exist',
    lines: [{ file: SHUSHA, line: 9, field: 'actors[0]', message: /got "nobody-at-all"$/ }],
  },
  {
    fixture: 'unknown-source',
    class: 'a reference to a source that does not exist',
    lines: [{ file: SHUSHA, line: 10, field: 'sources[0].source', message: /got "invented-source"$/ }],
  },
  {
    fixture: 'bad-place-no-cascade',
    class: 'one bad place is reported once, not by every reference to it',
    lines: [
      { file: 'places/shusha.yaml', line: 1, field: 'kind', message: /^expected one of "city", .*, got "towm"$/ },
    ],
  },
  {
    fixture: 'three-collections',
    class: 'three broken files in three collections, in one run',
    lines: [
      {
        file: 'events/2020-11-12-fixture-no-title.md',
        line: 2,
        field: 'title',
        message: /^expected a text, got nothing$/,
      },
      {
        file: 'places/fixture-no-kind.yaml',
        line: 1,
        field: 'kind',
        message: /^expected one of "city", .*, got nothing$/,
      },
      {
        file: 'sources/fixture-bad-language.yaml',
        line: 5,
        field: 'language',
        message: /^expected an ISO 639 language code such as "en", got "English"$/,
      },
    ],
  },
  {
    fixture: 'duplicate-entries',
    class: 'a list entry given twice',
    lines: [
      {
        file: 'events/2020-11-12-fixture-twice.md',
        line: 11,
        field: 'places[2]',
        message: /^expected each entry once, got "shusha" again \(as places\[0\]\)$/,
      },
      {
        file: 'events/2020-11-12-fixture-twice.md',
        line: 14,
        field: 'actors[1]',
        message: /^expected each entry once, got "azerbaijan" again \(as actors\[0\]\)$/,
      },
    ],
  },
  {
    fixture: 'unknown-geometry-key',
    class: 'a geometry key that matches no polygon',
    lines: [
      {
        file: 'places/shusha-district.yaml',
        line: 6,
        field: 'geometryKey',
        message: /^expected the key of a unit in the map's geometry .*, got "shusha-distrikt"$/,
      },
    ],
  },
  {
    fixture: 'place-outside-district',
    class: 'a place far outside its district (swapped latitude and longitude)',
    lines: [
      {
        file: 'places/shusha.yaml',
        line: 5,
        field: 'coordinates',
        message:
          /^expected a point within 10 km of shusha-district's outline, got \[46\.748, 39\.758\], \d{3} km outside it \(latitude and longitude swapped\?\)$/,
      },
    ],
  },
  {
    fixture: 'own-district',
    class: 'a place that is its own district',
    lines: [
      {
        file: 'places/shusha.yaml',
        line: 9,
        field: 'district',
        message: /^expected the district that contains this place, got "shusha" itself$/,
      },
    ],
  },
  {
    fixture: 'disputed-without-claims',
    class: 'disputed without claims',
    lines: [
      {
        file: 'events/2020-11-12-fixture-disputed.md',
        line: 2,
        field: 'claims',
        message: /^at least two claims \(who claims, who denies\) for certainty "disputed", but found 0/,
      },
    ],
  },
  {
    fixture: 'phase-outside-range',
    class: 'a phase outside its date range (background on 11 November 2020)',
    lines: [
      {
        file: 'events/2020-11-11-fixture-background.md',
        line: 5,
        field: 'phase',
        message:
          /^expected a phase whose days \(0001-01-01 to 2020-06-30\) include the date "2020-11-11", got "background"$/,
      },
    ],
  },
  {
    fixture: 'control-place-kind',
    class: "a control change that does not fit the place's kind",
    lines: [
      {
        file: 'events/2020-11-12-fixture-bridge.md',
        line: 12,
        field: 'control[0].place',
        message:
          /^expected a settlement, a corridor, or a place with settlements in it, got the landmark "fixture-bridge", which holds no settlement$/,
      },
    ],
  },
  {
    fixture: 'date-outside-record',
    class: "dates outside the site's range unless the entry says why",
    lines: [
      {
        file: 'events/1905-fixture-too-early.md',
        line: 4,
        field: 'date',
        message:
          /^expected a date within the record \(1988-01-01 to 2020-12-01\) or an outsideRangeReason saying why, got "1905"$/,
      },
    ],
    loaded: (r) => expect(r.content.events.map((e) => e.id)).toContain('1905-fixture-with-reason'),
  },
  {
    fixture: 'missing-internal-link',
    class: 'a link to a non-existent internal page',
    lines: [
      {
        file: 'events/2020-11-12-fixture-link.md',
        line: 15,
        field: 'body',
        message:
          /^expected a link to an existing page, got "\/events\/no-such-event\/": there is no events entry "no-such-event"$/,
      },
    ],
  },
  {
    fixture: 'unsafe-link',
    class: 'links and images that reach out (javascript:, remote image, missing page)',
    lines: [
      { file: SHUSHA, line: 13, field: 'body', message: /got "javascript:alert\(document\.cookie\)"$/ },
      {
        file: SHUSHA,
        line: 15,
        field: 'body',
        message:
          /^expected an image from the project's own \/assets\/ .*, got "https:\/\/tracker\.example\/pixel\.png"$/,
      },
      { file: SHUSHA, line: 17, field: 'body', message: /there is no events entry "no-such-event"$/ },
    ],
  },
  {
    fixture: 'raw-html',
    class: 'raw HTML, with the line in the file itself',
    lines: [
      {
        file: SHUSHA,
        line: 15,
        field: 'body',
        message: /^expected Markdown only, got raw HTML "<div class=\\"injected\\">/,
      },
    ],
  },
  {
    fixture: 'hostile-names',
    class: 'hostile text in every visible field is valid content, shown as text (tests/e2e/hostile.test.ts)',
    lines: [],
    loaded: (r) => expect(Object.values(r.content).flat()).toHaveLength(r.files),
  },
  {
    fixture: 'valid-minimal',
    class: 'the valid fixture itself (so the failures above come from the defects)',
    mode: 'alone',
    lines: [],
    loaded: (r) => expect(Object.values(r.content).flat()).toHaveLength(r.files),
  },
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The content folder a case runs on. */
function fixtureDir(c: Case): string {
  const dir = mkdtempSync(join(tmpdir(), `karabakh-fixture-${c.fixture}-`));
  dirs.push(dir);
  if (c.mode === 'missing') return join(dir, 'no-such-folder');
  if (c.mode !== 'alone') cpSync(join(FIXTURES, 'valid-minimal'), dir, { recursive: true });
  cpSync(join(FIXTURES, c.fixture), dir, { recursive: true });
  return dir;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every fixture through the fast check', () => {
  it('has a case for every fixture folder, and a folder for every case', () => {
    const folders = readdirSync(FIXTURES).sort();
    const cases = CASES.filter((c) => c.mode !== 'missing').map((c) => c.fixture);
    expect([...cases].sort()).toEqual(folders);
  });

  for (const c of CASES) {
    it(`${c.fixture}: ${c.class}`, () => {
      const dir = fixtureDir(c);
      const result = checkContent(dir);
      expect(result.lines.length, result.lines.join('\n')).toBe(c.lines.length);
      c.lines.forEach((want, i) => {
        const location = `${escape(`${dir}/${want.file}`)}${want.line === undefined ? '' : `:${want.line}`}`;
        const line = result.lines[i]!;
        expect(line).toMatch(new RegExp(`^${location}: ${escape(want.field)}: `));
        expect(line.slice(line.indexOf(`: ${want.field}: `) + want.field.length + 4)).toMatch(want.message);
      });
      c.loaded?.(result);
    });
  }
});
