/**
 * Reads a content folder from disk outside Astro, for the fast check, the tests
 * and the benchmark: every file against its zod schema, ids from file names.
 */
import { readFileSync, globSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { plainSchemas } from '../src/lib/schema.ts';
import {
  bodyStartLine,
  findContentProblems,
  formatProblem,
  type ContentSet,
  type Entry,
} from '../src/lib/content-checks.ts';

export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no YAML frontmatter between --- lines');
  return { data: yaml.load(m[1]!), body: m[2]! };
}

export function loadContentDir(root: string): { content: ContentSet; problems: string[] } {
  const problems: string[] = [];
  function load<T>(collection: string, schema: z.ZodType<T, unknown>, pattern: string): Entry<T>[] {
    const out: Entry<T>[] = [];
    const seen = new Map<string, string>();
    for (const path of globSync(pattern, { cwd: join(root, collection) }).sort()) {
      const file = relative(process.cwd(), join(root, collection, path));
      const id = basename(path, extname(path));
      if (seen.has(id)) problems.push(`${file}: id: a unique file name, but "${id}" is also ${seen.get(id)}`);
      seen.set(id, file);
      let raw: unknown;
      let body: string | undefined;
      let bodyLine: number | undefined;
      try {
        const text = readFileSync(join(root, collection, path), 'utf8');
        if (path.endsWith('.md')) {
          ({ data: raw, body } = splitFrontmatter(text));
          bodyLine = bodyStartLine(text, body);
        } else raw = yaml.load(text);
      } catch (e) {
        problems.push(
          `${file}: (file): a Markdown file with YAML frontmatter or a YAML file, but ${(e as Error).message.split('\n')[0]}`,
        );
        continue;
      }
      const result = schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(`${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
        continue;
      }
      out.push({ id, file, data: result.data, ...(body === undefined ? {} : { body, bodyLine: bodyLine! }) });
    }
    return out;
  }
  const content: ContentSet = {
    events: load('events', plainSchemas.event, '**/*.md'),
    places: load('places', plainSchemas.place, '**/*.{yaml,yml,json}'),
    actors: load('actors', plainSchemas.actor, '**/*.{yaml,yml,json}'),
    sources: load('sources', plainSchemas.source, '**/*.{yaml,yml,json}'),
    documents: load('documents', plainSchemas.document, '**/*.{yaml,yml,json}'),
    bulletins: load('bulletins', plainSchemas.bulletin, '**/*.{yaml,yml,json}'),
  };
  return { content, problems };
}

/** loadContentDir plus the cross-entry rules (references, spans, precision, zones, raw HTML): every problem, one line each. */
export function checkContentDir(root: string): { content: ContentSet; problems: string[] } {
  const { content, problems } = loadContentDir(root);
  return { content, problems: [...problems, ...findContentProblems(content).map(formatProblem)] };
}
