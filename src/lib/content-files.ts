/**
 * One content file, from bytes to data: UTF-8 (a leading BOM is dropped), the YAML
 * frontmatter of a Markdown file or a whole YAML or JSON file, parsed with eemeli/yaml
 * so that every field path maps to its line in the file itself. Pure: no file system.
 */
import { LineCounter, isMap, isScalar, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { describeValue, expectedMessage, schemaProblems, type FieldPath, type Problem } from './content-problems.ts';
import { fieldsAt } from './schema-walk.ts';

/** What a file holds once read: its data (unvalidated), its body for Markdown, and a line for any field path. */
export interface ParsedFile {
  data: unknown;
  /** The Markdown body, trimmed as Astro keeps it. */
  body?: string;
  /** The file line on which the body starts. */
  bodyLine?: number;
  /** The text with any BOM removed. */
  text: string;
  /** The line of the node at `path`, or of its nearest parent that exists. */
  lineOf: (path: FieldPath) => number;
}

export type FileKind = 'markdown' | 'yaml' | 'json';

/** The frontmatter delimiter: three hyphens alone on a line. */
const DELIMITER = /^---[ \t]*$/;

/** UTF-8 text, or the line of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number; message: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          const bad = bytes.subarray(start, i).findIndex((b) => b >= 0x80);
          return {
            line,
            message: `expected UTF-8 text, got a byte 0x${(bytes[start + Math.max(0, bad)] ?? 0).toString(16).toUpperCase()} that is not UTF-8 (save the file as UTF-8)`,
          };
        }
        line++;
        start = i + 1;
      }
    }
    return { line: 1, message: 'expected UTF-8 text, got bytes that are not UTF-8 (save the file as UTF-8)' };
  }
}

/** A file's bytes to validated data, or its problems: UTF-8, then YAML or frontmatter, then the schema. */
export function readContentFile<T>(
  file: string,
  bytes: Uint8Array,
  kind: FileKind,
  schema: z.ZodType<T>,
): { parsed: ParsedFile; data: T } | Problem[] {
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) return [{ file, line: decoded.line, field: '(file)', message: decoded.message }];
  const parsed = parseContentFile(file, decoded.text, kind);
  if (Array.isArray(parsed)) return parsed;
  const result = schema.safeParse(parsed.data, { error: expectedMessage });
  if (!result.success)
    return schemaProblems(file, result.error.issues, parsed.data, parsed.lineOf, (p) => fieldsAt(schema, p));
  return { parsed, data: result.data };
}

/** Parses a file's text; `file` is the name problems carry. */
export function parseContentFile(file: string, text: string, kind: FileKind): ParsedFile | Problem[] {
  if (kind === 'markdown') return parseMarkdown(file, text);
  if (kind === 'json') {
    try {
      JSON.parse(text);
    } catch (e) {
      // JSON, not YAML's flow style: a trailing comma or a comment fails here as it would in any JSON reader.
      const message = (e as Error).message;
      const at = /\(line (\d+) column \d+\)/.exec(message);
      const position = /at position (\d+)/.exec(message);
      const line = at ? Number(at[1]) : position ? lineAtOffset(text, Number(position[1])) : 1;
      return [
        {
          file,
          line,
          field: '(json)',
          message: `expected strict JSON, got a syntax error: ${message.replace(/ in JSON at position.*$/, '')}`,
        },
      ];
    }
  }
  return parseYaml(file, text, 1, kind === 'json' ? '(json)' : '(yaml)');
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function parseMarkdown(file: string, text: string): ParsedFile | Problem[] {
  const lines = text.split('\n');
  const bare = (l: string | undefined) => (l ?? '').replace(/\r$/, '');
  if (!DELIMITER.test(bare(lines[0]))) {
    return [
      {
        file,
        line: 1,
        field: '(frontmatter)',
        message: `expected YAML frontmatter opened by a --- line at the top of the file, got a file that starts with ${describeValue(bare(lines[0]))}`,
      },
    ];
  }
  const close = lines.findIndex((l, i) => i > 0 && DELIMITER.test(bare(l)));
  if (close < 0) {
    return [
      {
        file,
        line: 1,
        field: '(frontmatter)',
        message: 'expected a --- line that closes the frontmatter, got none before the end of the file',
      },
    ];
  }
  const yamlText = lines.slice(1, close).join('\n');
  const parsed = parseYaml(file, yamlText, 2, '(frontmatter)');
  if (Array.isArray(parsed)) return parsed;
  const rest = lines.slice(close + 1);
  const leading = rest.findIndex((l) => l.trim() !== '');
  const body = rest.join('\n').trim();
  return {
    ...parsed,
    text,
    body,
    // The line after the closing delimiter, past blank lines, as the trimmed body starts there.
    bodyLine: close + 2 + Math.max(0, leading),
  };
}

/** YAML (or JSON) text whose first line is line `firstLine` of the file. */
function parseYaml(file: string, text: string, firstLine: number, field: string): ParsedFile | Problem[] {
  const lineCounter = new LineCounter();
  // Timestamps kept as YAML 1.1 has them: an unquoted date becomes a Date, and the schema asks for quotes.
  const docs = parseAllDocuments(text, { lineCounter, customTags: ['timestamp'], prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const list = Array.isArray(docs) ? docs : [];
  const problems: Problem[] = [];
  for (const doc of list) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: fileLine(error.pos[0]),
        field,
        message: `expected valid YAML, got a syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      });
      break;
    }
    if (problems.length) return problems;
  }
  if (list.length > 1) {
    return [
      {
        file,
        line: fileLine(list[1]!.range[0]),
        field,
        message: `expected one YAML document, got ${list.length} (a --- line starts another; remove it)`,
      },
    ];
  }
  const doc = list[0] as Document | undefined;
  let data: unknown;
  try {
    data = doc?.toJS({ maxAliasCount: 100 }) ?? null;
  } catch (e) {
    let line = firstLine;
    if (doc)
      visit(doc, {
        Alias: (_key, node) => {
          line = fileLine(node.range?.[0] ?? 0);
          return visit.BREAK;
        },
      });
    return [{ file, line, field, message: `expected valid YAML, got ${(e as Error).message}` }];
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [
      {
        file,
        line: doc?.contents?.range ? fileLine(doc.contents.range[0]) : firstLine,
        field,
        message: `expected a set of fields (name: value), got ${describeValue(data)}`,
      },
    ];
  }
  const lineOf = (path: FieldPath): number => {
    if (!doc) return firstLine;
    for (let n = path.length; n >= 0; n--) {
      const node = nodeAt(doc, path.slice(0, n));
      if (node?.range) return fileLine(node.range[0]);
    }
    return firstLine;
  };
  return { data, text, lineOf };
}

/** The node at a path: for a field, its key; for a list item, the item. */
function nodeAt(doc: Document, path: FieldPath): Node | undefined {
  if (path.length === 0) return doc.contents ?? undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path.at(-1)!;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
    // A field's line is its key's, also when its value is a block list below it.
    return pair ? (pair.key as Node) : undefined;
  }
  const node = doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in (node as object) ? (node as Node) : undefined;
}
