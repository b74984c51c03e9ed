/** The benchmark's content generator (tools/synthetic-content.ts) writes valid, linked, reproducible content. */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { plainSchemas } from '../../src/lib/schema.ts';
import { findContentProblems, formatProblem } from '../../src/lib/content-checks.ts';
import { parseContentFile, type ParsedFile } from '../../src/lib/content-files.ts';
import { referencesIn } from '../../src/lib/references.ts';
import { generateContent, DOCUMENT_ID } from '../../tools/synthetic-content.ts';
import { checkContent } from '../../src/content/load-content.ts';
import { cleanup } from '../helpers/build.ts';

const N = 50;
const SEED = 42;
const COLLECTIONS = ['events', 'places', 'actors', 'sources', 'documents'] as const;
type Collection = (typeof COLLECTIONS)[number];
const SCHEMAS: Record<Collection, z.ZodType> = {
  events: plainSchemas.event,
  places: plainSchemas.place,
  actors: plainSchemas.actor,
  sources: plainSchemas.source,
  documents: plainSchemas.document,
};

const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'karabakh-synthetic-'));
  dirs.push(d);
  return d;
};
afterAll(() => cleanup(...dirs));

/** Every file of a content folder, parsed: relative path → { id, collection, data (validated), raw text }. */
function readAll(dir: string) {
  const out: {
    file: string;
    id: string;
    collection: Collection;
    text: string;
    raw: unknown;
    body: string | undefined;
    parsed: ReturnType<z.ZodType['safeParse']>;
  }[] = [];
  for (const collection of COLLECTIONS) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, collection)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const text = readFileSync(join(dir, collection, name), 'utf8');
      const parsed = parseContentFile(name, text, name.endsWith('.md') ? 'markdown' : 'yaml') as ParsedFile;
      const raw = parsed.data;
      out.push({
        file: `${collection}/${name}`,
        id: name.replace(/\.(md|ya?ml)$/, ''),
        collection,
        text,
        raw,
        body: parsed.body,
        parsed: SCHEMAS[collection].safeParse(raw),
      });
    }
  }
  return out;
}

describe('synthetic content generator', () => {
  let dir: string;
  let files: ReturnType<typeof readAll>;
  beforeAll(() => {
    dir = freshDir();
    generateContent(dir, N, SEED);
    files = readAll(dir);
  });

  it(`writes ${N} events, a few dozen places, actors and sources, and one document`, () => {
    const count = (c: Collection) => files.filter((f) => f.collection === c).length;
    expect(count('events')).toBe(N);
    expect(count('places')).toBeGreaterThanOrEqual(24);
    expect(count('actors')).toBeGreaterThanOrEqual(24);
    expect(count('sources')).toBeGreaterThanOrEqual(24);
    expect(files.filter((f) => f.collection === 'documents').map((f) => f.id)).toEqual([DOCUMENT_ID]);
    expect(files.every((f) => /^(events\/.+\.md|(places|actors|sources|documents)\/.+\.yaml)$/.test(f.file))).toBe(
      true,
    );
  });

  it('writes only files whose frontmatter or YAML passes the zod schemas', () => {
    const problems = files.flatMap((f) =>
      f.parsed.success ? [] : f.parsed.error.issues.map((i) => `${f.file}: ${i.path.join('.')}: ${i.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('quotes every date (YAML must not turn one into a Date) and uses ids that are file names', () => {
    for (const f of files.filter((x) => x.collection === 'events')) {
      expect(typeof (f.raw as { date: unknown }).date, f.file).toBe('string');
      expect(f.id, f.file).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?-[a-z0-9-]+$/);
      expect(f.id.startsWith((f.raw as { date: string }).date.slice(0, 10)), f.file).toBe(true);
    }
  });

  it('refers only to ids that exist, through every reference field of the table', () => {
    const ids = Object.fromEntries(
      COLLECTIONS.map((c) => [c, new Set(files.filter((f) => f.collection === c).map((f) => f.id))]),
    ) as Record<Collection, Set<string>>;
    const missing: string[] = [];
    let refs = 0;
    for (const f of files.filter((x) => x.parsed.success)) {
      for (const ref of referencesIn(f.collection, f.parsed.data)) {
        refs++;
        if (!ids[ref.target as Collection]?.has(ref.id)) missing.push(`${f.file}: ${ref.path.join('.')}: ${ref.id}`);
      }
    }
    expect(missing).toEqual([]);
    expect(refs).toBeGreaterThan(N * 3);
  });

  it("passes the project's cross-entry content checks (spans, precision, zones, raw HTML)", () => {
    const { lines: problems, content } = checkContent(dir);
    expect(problems).toEqual([]);
    expect(content.events).toHaveLength(N);
    // The same rules, called directly on the parsed files.
    const entries = <T>(c: Collection) =>
      files
        .filter((f) => f.collection === c && f.parsed.success)
        .map((f) => ({
          id: f.id,
          file: f.file,
          data: f.parsed.data as T,
          ...(c === 'events' ? { body: f.body ?? '' } : {}),
        }));
    expect(
      findContentProblems({
        events: entries('events'),
        places: entries('places'),
        actors: entries('actors'),
        sources: entries('sources'),
        documents: entries('documents'),
        bulletins: [],
      }).map(formatProblem),
    ).toEqual([]);
  });

  it('covers the shapes real content has: year and month dates, date-times with offsets, claims on disputed events, control changes', () => {
    const events = files
      .filter((f) => f.collection === 'events' && f.parsed.success)
      .map((f) => f.parsed.data as z.output<typeof plainSchemas.event>);
    const years = events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBeLessThan(2020);
    expect(Math.max(...years)).toBe(2020);
    expect(years.every((y) => y >= 1988 && y <= 2020)).toBe(true);
    for (const e of events.filter((x) => x.certainty === 'disputed')) {
      expect(e.claims.map((c) => c.stance)).toEqual(expect.arrayContaining(['claims', 'denies']));
    }
    // Rare shapes need more events than 50 to appear reliably: check them on a larger set with the same seed.
    const big = freshDir();
    generateContent(big, 400, SEED);
    const bigEvents = readAll(big)
      .filter((f) => f.collection === 'events')
      .map((f) => f.raw as Record<string, unknown>);
    const dates = bigEvents.map((e) => e.date as string);
    expect(dates.some((d) => /^\d{4}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}$/.test(d))).toBe(true);
    expect(dates.some((d) => /T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/.test(d))).toBe(true);
    expect(bigEvents.some((e) => typeof e.zone === 'string')).toBe(true);
    expect(bigEvents.some((e) => typeof e.end === 'string')).toBe(true);
    expect(bigEvents.some((e) => Array.isArray(e.control))).toBe(true);
    expect(bigEvents.some((e) => e.certainty === 'disputed' && Array.isArray(e.claims))).toBe(true);
    expect(checkContent(big).lines).toEqual([]);
  });

  it('is deterministic: the same seed writes identical files, another seed different ones', () => {
    const again = freshDir();
    generateContent(again, N, SEED);
    const snapshot = (d: string) => readAll(d).map((f) => [f.file, f.text] as const);
    expect(snapshot(again)).toEqual(snapshot(dir));
    const other = freshDir();
    generateContent(other, N, SEED + 1);
    expect(snapshot(other)).not.toEqual(snapshot(dir));
  });

  it('can leave the document out', () => {
    const d = freshDir();
    const result = generateContent(d, 5, SEED, { document: false });
    expect(result.documents).toBe(0);
    expect(result.files.some((f) => f.startsWith('documents/'))).toBe(false);
    expect(checkContent(d).lines).toEqual([]);
  });
});
