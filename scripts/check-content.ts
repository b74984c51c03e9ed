/**
 * Fast check of content/ without a full build: every file against its zod
 * schema (messages from z.prettifyError), then the cross-entry rules.
 * Usage: npm run check:content [-- <content-dir>]
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { plainSchemas } from '../src/lib/schema.ts';
import { findContentProblems, formatProblem, type ContentSet, type Entry } from '../src/lib/content-checks.ts';

const root = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const lines: string[] = [];

function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: yaml.load(m[1]!), body: m[2]! };
}

function load<T>(collection: string, schema: z.ZodType<T, unknown>, pattern: string): Entry<T>[] {
  const out: Entry<T>[] = [];
  const seen = new Map<string, string>();
  for (const path of globSync(pattern, { cwd: join(root, collection) }).sort()) {
    const file = relative(process.cwd(), join(root, collection, path));
    const id = basename(path, extname(path));
    if (seen.has(id)) lines.push(`${file}: id: a unique id, but "${id}" is also ${seen.get(id)}`);
    seen.set(id, file);
    let raw: unknown;
    let body: string | undefined;
    try {
      const text = readFileSync(join(root, collection, path), 'utf8');
      if (path.endsWith('.md')) ({ data: raw, body } = splitFrontmatter(text));
      else raw = yaml.load(text);
    } catch (e) {
      lines.push(`${file}: (file): readable YAML, but ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        lines.push(`${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
      }
      continue;
    }
    out.push({ id, file, data: result.data, ...(body === undefined ? {} : { body }) });
  }
  return out;
}

const content: ContentSet = {
  events: load('events', plainSchemas.event, '**/*.md'),
  places: load('places', plainSchemas.place, '**/*.{yaml,yml,json}'),
  actors: load('actors', plainSchemas.actor, '**/*.{yaml,yml,json}'),
  sources: load('sources', plainSchemas.source, '**/*.{yaml,yml,json}'),
  documents: load('documents', plainSchemas.document, '**/*.{yaml,yml,json}'),
};
lines.push(...findContentProblems(content).map(formatProblem));
if (lines.length) {
  console.error(lines.join('\n'));
  console.error(`\n${lines.length} problem(s) in ${root}/`);
  process.exit(1);
}
console.log(`content OK: ${content.events.length} events, ${content.places.length} places, ${content.actors.length} actors, ${content.sources.length} sources, ${content.documents.length} documents`);
