/**
 * One problem, one line: `content/events/x.md:12: places[0]: expected …, got …`.
 * Every content rule (file reading, YAML, the zod schemas, the cross-entry rules)
 * reports a Problem; formatProblem is the only place that writes it out.
 */
import type { z } from 'zod';

export type FieldPath = readonly (string | number)[];

export interface Problem {
  /** The file as the editor named the content folder, e.g. content/events/x.md; a folder ends in "/". */
  file: string;
  /** The line in the file itself (frontmatter delimiters counted); none for a folder. */
  line?: number | undefined;
  /** The field path, e.g. sources[0].source, or a word in parentheses for the file as a whole. */
  field: string;
  /** What the rule expects and what it found: "expected …, got …" (editorial findings keep their own wording). */
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.field}: ${p.message}`;
}

/** A field path as editors read it: sources[0].source. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** What a value is, in a few words, for the "got …" half of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? 'an invalid date'
      : `the unquoted date ${value.toISOString().slice(0, 10)} (YAML reads it as a timestamp)`;
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : 'an empty list';
  if (typeof value === 'object') return 'a set of fields';
  return typeof value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  tuple: 'a list',
  date: 'a date',
};

/**
 * The "expected …" half for issues whose schema gives no message of its own; schema
 * messages win over this map (zod: schema error > per-parse error).
 */
export const expectedMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `a list of at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return `a text of at least ${String(issue.minimum)} character(s)`;
      return `a number ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `a list of at most ${String(issue.maximum)}`;
      if (issue.origin === 'string') return `a text of at most ${String(issue.maximum)} character(s)`;
      return `a number ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `a text matching ${String(issue.pattern)}`
        : `a valid ${issue.format}`;
    case 'invalid_union':
      return 'one of the allowed shapes';
    default:
      return undefined;
  }
};

/** The value at a path of parsed YAML or JSON, if there is one. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * zod issues as problems, one per issue (one per unknown field): the line comes from
 * `lineOf` (the parsed file's node at that path), the "got" half from the raw data.
 */
export function schemaProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  lineOf: (path: FieldPath) => number,
  knownFields: (path: FieldPath) => readonly string[] = () => [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as FieldPath;
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields(path);
      for (const key of issue.keys) {
        // A key that is no plain name (":title", "a b") is named in the message only, so the line stays readable.
        const plain = /^[A-Za-z_][\w-]*$/.test(key);
        problems.push({
          file,
          line: lineOf([...path, key]),
          field: formatPath(plain ? [...path, key] : path) || '(fields)',
          message: `expected ${known.length ? `one of the fields ${known.join(', ')}` : 'no such field'}, got an unknown field ${JSON.stringify(key)}`,
        });
      }
      continue;
    }
    problems.push({
      file,
      line: lineOf(path),
      field: formatPath(path) || '(fields)',
      message: `expected ${issue.message}, got ${describeValue(valueAt(raw, path))}`,
    });
  }
  return problems;
}
