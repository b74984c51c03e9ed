/** The one formatter: what an editor reads for each kind of problem in one file (snapshots of the exact lines). */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatProblem, formatPath, describeValue } from '../../src/lib/content-problems.ts';
import { readContentFile, type FileKind } from '../../src/lib/content-files.ts';
import { plainSchemas } from '../../src/lib/schema.ts';

const EVENT = [
  '---',
  'title: "T"',
  'summary: "S"',
  'date: "2020-11-08"',
  'phase: war',
  'category: military',
  'significance: 1',
  'certainty: confirmed',
  'sources:',
  '  - source: src',
  '---',
  '',
  'Body.',
].join('\n');

/** The lines for one file: an event unless another schema is named. */
function read(
  text: string | Uint8Array,
  kind: FileKind = 'markdown',
  schema: z.ZodType = plainSchemas.event,
): string[] {
  const file = kind === 'markdown' ? 'content/events/e.md' : `content/places/p.${kind}`;
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const result = readContentFile(file, bytes, kind, schema);
  return Array.isArray(result) ? result.map(formatProblem) : [];
}
const edit = (from: string, to: string) => EVENT.replace(from, to);

const PLACE =
  'kind: village\nnames:\n  en: "Talish"\ncoordinates: [40.38, 46.74]\ncoordinatesSource:\n  source: src\ncountry: azerbaijan\n';

describe('formatProblem', () => {
  it('writes file:line: field: message, and a folder without a line', () => {
    expect(
      formatProblem({ file: 'content/events/x.md', line: 7, field: 'places[0]', message: 'expected a, got b' }),
    ).toMatchInlineSnapshot(`"content/events/x.md:7: places[0]: expected a, got b"`);
    expect(
      formatProblem({ file: 'content/places/', field: '(folder)', message: 'expected a, got b' }),
    ).toMatchInlineSnapshot(`"content/places/: (folder): expected a, got b"`);
    expect(formatPath(['claims', 2, 'actor'])).toBe('claims[2].actor');
  });
  it('says what a value is', () => {
    expect([undefined, null, '1', 1, true, [], [1, 2], { a: 1 }, new Date('2020-11-08')].map(describeValue))
      .toMatchInlineSnapshot(`
      [
        "nothing",
        "an empty value",
        ""1"",
        "1",
        "true",
        "an empty list",
        "a list of 2",
        "a set of fields",
        "the unquoted date 2020-11-08 (YAML reads it as a timestamp)",
      ]
    `);
  });
});

describe('one line per problem, with the line in the file itself', () => {
  it('accepts the valid event', () => {
    expect(read(EVENT)).toEqual([]);
  });
  it('schema problems: missing, retyped, enum, quoted number, unquoted date, unknown field, empty list', () => {
    expect(read(edit('title: "T"\n', ''))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:2: title: expected a text, got nothing",
      ]
    `);
    expect(read(edit('title: "T"', 'title: 42'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:2: title: expected a text, got 42",
      ]
    `);
    expect(read(edit('title: "T"', 'title:'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:2: title: expected a text, got an empty value",
      ]
    `);
    expect(read(edit('phase: war', 'phase: warr'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:5: phase: expected one of "background", "prelude", "war", "ceasefire", "aftermath", got "warr"",
      ]
    `);
    expect(read(edit('significance: 1', 'significance: "1"'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:7: significance: expected a number without quotes: 1 (key), 2 or 3 (detail), got "1"",
      ]
    `);
    expect(read(edit('significance: 1', 'significance: 4'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:7: significance: expected a number: 1 (key), 2 or 3 (detail), got 4",
      ]
    `);
    expect(read(edit('date: "2020-11-08"', 'date: 2020-11-08'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:4: date: expected a quoted date string; write it in quotes, e.g. "2020-11-08", got the unquoted date 2020-11-08 (YAML reads it as a timestamp)",
      ]
    `);
    expect(read(edit('date: "2020-11-08"', 'date: "2020-11-31"'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:4: date: expected a date that exists in the calendar (e.g. not 31 November), got "2020-11-31"",
      ]
    `);
    expect(read(edit('phase: war', 'phase: war\nzone: "Moscow time"'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:6: zone: expected an IANA time zone such as "Europe/Moscow" or "America/Argentina/Buenos_Aires", got "Moscow time"",
      ]
    `);
    expect(read(edit('summary: "S"', 'sumary: "S"'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:2: summary: expected a text, got nothing",
        "content/events/e.md:3: sumary: expected one of the fields title, summary, date, precision, zone, end, phase, category, significance, certainty, places, actors, sources, claims, control, corrections, outsideRangeReason, got an unknown field "sumary"",
      ]
    `);
    expect(read(edit('sources:\n  - source: src', 'sources: []'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:9: sources: expected at least one source: every statement is traceable, got an empty list",
      ]
    `);
    expect(read(edit('sources:\n  - source: src', 'sources: src'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:9: sources: expected a list, got "src"",
      ]
    `);
    expect(read(edit('title: "T"', 'title: "T"\n":odd key": 1'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:3: (fields): expected one of the fields title, summary, date, precision, zone, end, phase, category, significance, certainty, places, actors, sources, claims, control, corrections, outsideRangeReason, got an unknown field ":odd key"",
      ]
    `);
    expect(read(edit('  - source: src', '  - source: src\n    page: 3'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:11: sources[0].page: expected one of the fields source, locator, got an unknown field "page"",
      ]
    `);
  });
  it('file problems: frontmatter, YAML syntax, two documents, JSON, encoding', () => {
    expect(read('Just text.\n')).toMatchInlineSnapshot(`
      [
        "content/events/e.md:1: (frontmatter): expected YAML frontmatter opened by a --- line at the top of the file, got a file that starts with "Just text."",
      ]
    `);
    expect(read('---\ntitle: "T"\n\nBody.\n')).toMatchInlineSnapshot(`
      [
        "content/events/e.md:1: (frontmatter): expected a --- line that closes the frontmatter, got none before the end of the file",
      ]
    `);
    expect(read('---\n---\nBody.\n')).toMatchInlineSnapshot(`
      [
        "content/events/e.md:2: (frontmatter): expected a set of fields (name: value), got an empty value",
      ]
    `);
    expect(read(edit('phase: war', ' phase: war'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:5: (frontmatter): expected valid YAML, got a syntax error: All mapping items must start at the same column",
      ]
    `);
    expect(read(edit('title: "T"', 'title: "T'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:2: (frontmatter): expected valid YAML, got a syntax error: Missing closing "quote",
      ]
    `);
    expect(read(edit('phase: war', 'phase: war\nphase: war'))).toMatchInlineSnapshot(`
      [
        "content/events/e.md:6: (frontmatter): expected valid YAML, got a syntax error: Map keys must be unique",
      ]
    `);
    expect(read(`${PLACE}---\nkind: town\n`, 'yaml', plainSchemas.place)).toMatchInlineSnapshot(`
      [
        "content/places/p.yaml:8: (yaml): expected one YAML document, got 2 (a --- line starts another; remove it)",
      ]
    `);
    expect(read('- a list\n- not fields\n', 'yaml', plainSchemas.place)).toMatchInlineSnapshot(`
      [
        "content/places/p.yaml:1: (yaml): expected a set of fields (name: value), got a list of 2",
      ]
    `);
    expect(read('x: *nowhere\n', 'yaml', plainSchemas.place)).toMatchInlineSnapshot(`
      [
        "content/places/p.yaml:1: (yaml): expected valid YAML, got Unresolved alias (the anchor must be set before the alias): nowhere",
      ]
    `);
    expect(read('{\n  "kind": "village",\n}\n', 'json', plainSchemas.place)).toMatchInlineSnapshot(`
      [
        "content/places/p.json:3: (json): expected strict JSON, got a syntax error: Expected double-quoted property name",
      ]
    `);
    expect(
      read(
        new Uint8Array([...new TextEncoder().encode('kind: village\nnames:\n  en: "Tal'), 0xef, 0x73, 0x68, 0x0a]),
        'yaml',
        plainSchemas.place,
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/places/p.yaml:3: (file): expected UTF-8 text, got a byte 0xEF that is not UTF-8 (save the file as UTF-8)",
      ]
    `);
  });
  it('counts lines the same with a BOM and with Windows line ends', () => {
    expect(read(`\uFEFF${edit('phase: war', 'phase: warr')}`)).toEqual(read(edit('phase: war', 'phase: warr')));
    expect(read(edit('phase: war', 'phase: warr').replace(/\n/g, '\r\n'))).toEqual(
      read(edit('phase: war', 'phase: warr')),
    );
    expect(read(`${PLACE}`, 'yaml', plainSchemas.place)).toEqual([]);
  });
});
