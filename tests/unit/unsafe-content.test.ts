/** Bodies cannot reach out: links only over http(s), mailto or to existing pages; images only from the project's assets. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { addressProblem, addressesInMarkdown } from '../../src/lib/markdown.ts';
import { checkContent } from '../../src/content/load-content.ts';

const exists = (c: string, id: string) => c === 'events' && id === '2020-11-08-shusha';
const problems = (md: string) => addressesInMarkdown(md).map((f) => addressProblem(f, exists));

describe('addresses in bodies', () => {
  it('accepts http(s), mailto, fragments and existing pages', () => {
    expect(
      problems(
        '[a](https://example.org/x) [b](mailto:desk@example.org) [c](#notes) [d](/events/2020-11-08-shusha/) [e](/map/)',
      ),
    ).toEqual([null, null, null, null, null]);
  });
  it('rejects scripts, data: URLs, unknown pages and remote images, each with the address it found', () => {
    const [js, data, missing, page, image] = problems(
      '[a](javascript:alert(1)) [b](data:text/html;base64,AAAA) [c](/events/no-such-event/) [d](/admin/) ![e](https://tracker.example/p.png)',
    );
    expect(js).toMatch(/got "javascript:alert\(1\)"/);
    expect(data).toMatch(/got "data:text\/html/);
    expect(missing).toMatch(/no events entry "no-such-event"/);
    expect(page).toMatch(/got "\/admin\/"/);
    expect(image).toMatch(/project's own \/assets\//);
  });
  it('catches reference-style links too', () => {
    expect(problems('[a][x]\n\n[x]: javascript:alert(1)')).toEqual([expect.stringMatching(/javascript/)]);
  });
});

describe('the fast check over the unsafe-link fixture', () => {
  it('names the file, the body line and the address, once per bad address', () => {
    const root = join(import.meta.dirname, '../fixtures');
    const dir = mkdtempSync(join(tmpdir(), 'unsafe-'));
    try {
      cpSync(join(root, 'valid-minimal'), dir, { recursive: true });
      cpSync(join(root, 'unsafe-link'), dir, { recursive: true });
      const lines = checkContent(dir).lines.filter((l) => l.includes('2020-11-08-fixture-shusha.md'));
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/:13: body: .*javascript:alert/);
      expect(lines[1]).toMatch(/:15: body: expected an image from the project's own/);
      expect(lines[2]).toMatch(/:17: body: .*no events entry "no-such-event"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
