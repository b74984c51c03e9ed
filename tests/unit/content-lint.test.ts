/**
 * The editorial lint over every event in content/events/: zero findings expected.
 * A failure lists each finding as `content/events/<file>: <field>: <message>`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, lintEvent } from '../../src/lib/editorial-lint.ts';
import { loadContent } from '../../src/content/load-content.ts';

const { content, lines: problems } = loadContent(join(import.meta.dirname, '../../content'));

describe('editorial lint over content/events/', () => {
  it('finds the event files, all readable', () => {
    expect(problems).toEqual([]);
    expect(content.events.length).toBeGreaterThan(0);
  });

  it('has no findings in any event', () => {
    const lines = content.events.flatMap((e) =>
      lintEvent(e.data, e.body ?? '').map((finding) => formatFinding(`content/events/${e.id}.md`, finding)),
    );
    expect(lines, `${lines.length} editorial finding(s):\n${lines.join('\n')}`).toEqual([]);
  });
});
