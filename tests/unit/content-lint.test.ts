/**
 * The editorial lint over every event in content/events/: zero findings expected.
 * A failure lists each finding as `content/events/<file>: <field>: <message>`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { plainSchemas } from '../../src/lib/schema.ts';
import { formatFinding, lintEvent } from '../../src/lib/editorial-lint.ts';

const dir = join(process.cwd(), 'content', 'events');

function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no YAML frontmatter between --- lines');
  return { data: yaml.load(m[1]!), body: m[2]! };
}

describe('editorial lint over content/events/', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

  it('finds the event files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has no findings in any event', () => {
    const lines: string[] = [];
    for (const file of files) {
      const name = `content/events/${file}`;
      const { data, body } = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
      const parsed = plainSchemas.event.safeParse(data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) lines.push(`${name}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
        continue;
      }
      for (const finding of lintEvent(parsed.data, body)) lines.push(formatFinding(name, finding));
    }
    expect(lines, `${lines.length} editorial finding(s):\n${lines.join('\n')}`).toEqual([]);
  });
});
