/**
 * The one content loader: reads every file of a content folder, parses it, checks it
 * against its schema and runs every rule over the whole set. The build's collection
 * loaders (src/content/loader.ts), `npm run check:content`, the tests and the benchmark
 * all call it, so they report the same problems in the same lines.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { z } from 'zod';
import { plainSchemas, type CollectionName } from '../lib/schema.ts';
import { parseContentFile, readContentFile, type FileKind } from '../lib/content-files.ts';
import { formatProblem, type FieldPath, type Problem } from '../lib/content-problems.ts';
import { findContentProblems, type ContentSet, type Entry } from '../lib/content-checks.ts';
import { unitGeometry } from '../lib/unit-geometry.ts';
import { adminUnits } from '../data/units.ts';
import { MAP } from '../config.ts';

const DATA_EXTENSIONS: Record<string, FileKind> = { '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json' };

/** Each collection: its schema, the extensions it reads, and whether a site needs at least one entry of it. */
export const COLLECTIONS = {
  events: { schema: plainSchemas.event, extensions: { '.md': 'markdown' }, required: true },
  places: { schema: plainSchemas.place, extensions: DATA_EXTENSIONS, required: true },
  actors: { schema: plainSchemas.actor, extensions: DATA_EXTENSIONS, required: true },
  sources: { schema: plainSchemas.source, extensions: DATA_EXTENSIONS, required: true },
  documents: { schema: plainSchemas.document, extensions: DATA_EXTENSIONS, required: false },
  bulletins: { schema: plainSchemas.bulletin, extensions: DATA_EXTENSIONS, required: false },
} as const satisfies Record<
  CollectionName,
  { schema: z.ZodType; extensions: Record<string, FileKind>; required: boolean }
>;

/** A file name is the entry's id and URL: lowercase letters, digits and hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoadedEntry<T> extends Entry<T> {
  /** Absolute path of the file. */
  path: string;
  /** The file's text (BOM removed). */
  text: string;
}
export type LoadedContent = { [C in keyof ContentSet]: LoadedEntry<ContentSet[C][number]['data']>[] };

export interface ContentResult {
  /** The folder as given, as problems name it (e.g. "content"). */
  root: string;
  content: LoadedContent;
  problems: Problem[];
  /** The problems as printed, one line each. */
  lines: string[];
  /** How many files the folder holds (every file, read or not): a run with no problems loaded each of them. */
  files: number;
}

/** The folder name problems start with: "./content/" and "content" both read "content". */
export function displayRoot(root: string): string {
  return normalize(root).replace(/\/+$/, '') || '.';
}

/** Reads and checks a content folder. Never throws for content: every problem is in `problems`. */
export function checkContent(root: string): ContentResult {
  const display = displayRoot(root);
  const problems: Problem[] = [];
  const content = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, []])) as unknown as LoadedContent;
  const ids = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, new Set<string>()])) as Record<
    CollectionName,
    Set<string>
  >;
  const missing = new Set<CollectionName>();
  const kinds = new Map<LoadedEntry<unknown>, FileKind>();
  let files = 0;
  const rootEntries = listDir(root);
  if (rootEntries === undefined) {
    problems.push({
      file: `${display}/`,
      field: '(folder)',
      message: `expected the content folder (./content, or the folder CONTENT_DIR names), got no folder at ${resolve(root)}`,
    });
    return finish(display, content, problems, files);
  }
  for (const name of rootEntries) {
    if (name in COLLECTIONS) continue;
    const folder = isDir(join(root, name));
    problems.push({
      file: `${display}/${name}${folder ? '/' : ''}`,
      ...(folder ? {} : { line: 1 }),
      field: folder ? '(folder)' : '(file)',
      message: `expected only the collection folders ${Object.keys(COLLECTIONS).join(', ')}, got ${folder ? 'a folder' : 'a file'} "${name}"`,
    });
  }
  for (const [collection, spec] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    const dir = join(root, collection);
    const names = listFiles(dir);
    const folder = `${display}/${collection}/`;
    const wanted = Object.keys(spec.extensions).join(', ');
    if (names === undefined || names.length === 0) {
      missing.add(collection);
      if (spec.required)
        problems.push({
          file: folder,
          field: '(folder)',
          message: `expected a folder with at least one ${wanted} file, got ${names === undefined ? 'no folder' : 'an empty folder'}`,
        });
      continue;
    }
    const byId = new Map<string, string>();
    const byLowerId = new Map<string, { id: string; file: string }>();
    for (const relative of names) {
      files++;
      const file = `${display}/${collection}/${relative}`;
      const base = relative.slice(relative.lastIndexOf('/') + 1);
      const dot = base.lastIndexOf('.');
      const extension = dot > 0 ? base.slice(dot) : '';
      const id = dot > 0 ? base.slice(0, dot) : base;
      ids[collection].add(id);
      const kind = (spec.extensions as Record<string, FileKind>)[extension];
      if (!kind) {
        problems.push({
          file,
          line: 1,
          field: '(file)',
          message: `expected a ${wanted} file in ${collection}/, got ${extension ? `"${extension}"` : 'a name without extension'} (the loader reads no other kind)`,
        });
        continue;
      }
      if (!SLUG.test(id))
        problems.push({
          file,
          line: 1,
          field: '(file name)',
          message: `expected a file name of lowercase letters, digits and hyphens (it is the id and the URL), got "${id}"`,
        });
      const same = byId.get(id);
      if (same) {
        problems.push({
          file,
          line: 1,
          field: '(file name)',
          message: `expected a unique file name, got "${id}", which ${same} has too`,
        });
      } else {
        const alike = byLowerId.get(id.toLowerCase());
        if (alike)
          problems.push({
            file,
            line: 1,
            field: '(file name)',
            message: `expected a file name that differs from the others by more than letter case, got "${id}", like ${alike.file}`,
          });
      }
      byId.set(id, file);
      if (!byLowerId.has(id.toLowerCase())) byLowerId.set(id.toLowerCase(), { id, file });

      const path = resolve(dir, relative);
      const read = readContentFile(file, readFileSync(path), kind, spec.schema as z.ZodType);
      if (Array.isArray(read)) {
        problems.push(...read);
        continue;
      }
      const { parsed } = read;
      const entry: LoadedEntry<unknown> = {
        id,
        file,
        path,
        text: parsed.text,
        data: read.data,
        lineOf: parsed.lineOf,
        ...(parsed.body === undefined ? {} : { body: parsed.body, bodyLine: parsed.bodyLine! }),
      };
      (content[collection] as LoadedEntry<unknown>[]).push(entry);
      kinds.set(entry, kind);
    }
  }
  problems.push(...findContentProblems(content, { ids, missing, geometry: geometry() }));
  // The rules have run: a line is looked up again only on demand, so the parsed YAML documents (half of what a result holds) can go.
  for (const [entry, kind] of kinds) entry.lineOf = lazyLineOf(entry.file, entry.text, kind);
  return finish(display, content, problems, files);
}

/** The same lines as the file's parse gave, from a parse made at the first call. */
function lazyLineOf(file: string, text: string, kind: FileKind): (path: FieldPath) => number {
  let lineOf: ((path: FieldPath) => number) | undefined;
  return (path) => {
    if (!lineOf) {
      const parsed = parseContentFile(file, text, kind);
      lineOf = Array.isArray(parsed) ? () => 1 : parsed.lineOf;
    }
    return lineOf(path);
  };
}

function finish(root: string, content: LoadedContent, problems: Problem[], files: number): ContentResult {
  // Grouped by file, in line order: the order an editor fixes them in.
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => compare(a.p.file, b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({ p }) => p);
  return { root, content, problems: sorted, lines: sorted.map(formatProblem), files };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

let unitCache: ReturnType<typeof unitGeometry> | undefined;
function geometry() {
  unitCache ??= unitGeometry(adminUnits(), MAP.mergedUnits);
  return unitCache;
}

/** Names in a folder, dot files left out (editor and system files); undefined if it is no folder. */
function listDir(dir: string): string[] | undefined {
  try {
    return readdirSync(dir)
      .filter((n) => !n.startsWith('.'))
      .sort();
  } catch {
    return undefined;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every file below a folder, as a relative path with "/", in sorted order; folders only organise. */
function listFiles(dir: string): string[] | undefined {
  if (!isDir(dir)) return undefined;
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of listDir(join(dir, sub)) ?? []) {
      const relative = sub ? `${sub}/${name}` : name;
      if (isDir(join(dir, relative))) walk(relative);
      else out.push(relative);
    }
  };
  walk('');
  return out;
}

/** What changes when any file does: names, sizes and modification times. */
function signature(root: string): string {
  return (listFiles(root) ?? [])
    .map((relative) => {
      const s = statSync(join(root, relative));
      return `${relative}:${s.size}:${s.mtimeMs}`;
    })
    .join('\n');
}

const memo = new Map<string, { signature: string; result: ContentResult }>();

/** checkContent, once per folder while no file in it changes: the six collection loaders of a build share one run. */
export function loadContent(root: string): ContentResult {
  const key = resolve(root);
  const sig = signature(root);
  const hit = memo.get(key);
  if (hit && hit.signature === sig && hit.result.root === displayRoot(root)) return hit.result;
  const result = checkContent(root);
  memo.set(key, { signature: sig, result });
  return result;
}
