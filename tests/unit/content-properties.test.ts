/**
 * Property: for any valid content folder with one file mutated (a field dropped, retyped or
 * renamed, or bytes changed), the loader either loads every file into its collection or
 * names the problems in `path:line: field:` lines: it never throws and never drops a file
 * without a word.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load-content.ts';
import { mutation, validContent, writeContent } from '../helpers/content-arbitraries.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('any mutation of valid content', () => {
  it('loads every file or names it in a file:line: field: line, never crashing', () => {
    fc.assert(
      fc.property(validContent, mutation, (files, m) => {
        const dir = mkdtempSync(join(tmpdir(), 'karabakh-property-'));
        try {
          const changed = writeContent(dir, files, m);
          const result = checkContent(dir);
          const line = new RegExp(`^${escape(dir)}/(events|places|actors|sources)/[^:/]+:\\d+: [^:]+: \\S`);
          for (const l of result.lines) expect(l).toMatch(line);
          if (m.kind === 'none') expect(result.lines, 'valid content must load').toEqual([]);
          expect(result.files).toBe(files.length);
          for (const f of files) {
            const loaded = result.content[f.collection].some((e) => e.id === f.id);
            const named = result.lines.some((l) => l.startsWith(`${dir}/${f.collection}/${f.name}:`));
            expect(loaded || named, `${f.collection}/${f.name} neither loaded nor named (changed: ${changed})`).toBe(
              true,
            );
          }
          if (result.lines.length === 0) expect(Object.values(result.content).flat()).toHaveLength(files.length);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
    // 200 runs each write and load a content folder: seconds alone, longer on a busy two-core machine.
  }, 120_000);
});
