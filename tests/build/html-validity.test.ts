/** The Nu HTML Checker (vnu-jar, on the machine's Java) over every HTML file of the built site: zero errors. */
import { describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// vnu-jar exports the path of vnu.jar (as a String object); Java 17 is on the machine.
const vnu = String(createRequire(import.meta.url)('vnu-jar'));

describe('valid HTML', () => {
  it('has no Nu HTML Checker error in any page of dist/', () => {
    const dist = inject('siteDist');
    const pages = globSync('**/*.html', { cwd: dist }).map((f) => join(dist, f));
    expect(pages.length).toBeGreaterThan(100);
    const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...pages], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    expect(run.error, 'java could not run the checker').toBeUndefined();
    const messages = (
      JSON.parse(run.stderr || '{"messages":[]}') as {
        messages: { type: string; url: string; message: string; extract?: string }[];
      }
    ).messages;
    const errors = messages
      .filter((m) => m.type === 'error')
      .map((m) => `${m.url.replace(`file:${dist}`, '')}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 300_000);
});
