/** The Nu HTML Checker (vnu-jar, on the machine's Java) over every HTML file of the built site: zero errors. */
import { describe, expect, inject, it } from 'vitest';
import { spawn } from 'node:child_process';
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// vnu-jar exports the path of vnu.jar (as a String object); Java 17 is on the machine.
const vnu = String(createRequire(import.meta.url)('vnu-jar'));
/** The checker takes a minute of CPU over the whole site: two checkers, each on half the pages, use both cores. */
const CHECKERS = 2;

type Message = { type: string; url: string; message: string; extract?: string };

/** One checker over some pages: its messages (it writes them to stderr as JSON), or why it could not run. */
function check(pages: string[]): Promise<{ messages: Message[]; error?: Error; status: number | null }> {
  return new Promise((resolve) => {
    // Language detection only ever warns, and --errors-only drops warnings: skipping it saves a sixth of the time; the serial
    // collector suits two checkers on two cores.
    const args = ['-XX:+UseSerialGC', '-jar', vnu, '--errors-only', '--no-langdetect', '--format', 'json', ...pages];
    const child = spawn('java', args, { timeout: 300_000 });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (error) => resolve({ messages: [], error, status: null }));
    child.on('close', (status) => {
      try {
        resolve({ messages: (JSON.parse(stderr || '{"messages":[]}') as { messages: Message[] }).messages, status });
      } catch {
        resolve({ messages: [], error: new Error(`the checker wrote no JSON:\n${stderr.slice(0, 2000)}`), status });
      }
    });
  });
}

describe('valid HTML', () => {
  it('has no Nu HTML Checker error in any page of dist/', async () => {
    const dist = inject('siteDist');
    const pages = globSync('**/*.html', { cwd: dist }).map((f) => join(dist, f));
    expect(pages.length).toBeGreaterThan(100);
    const runs = await Promise.all(
      Array.from({ length: CHECKERS }, (_, i) => check(pages.filter((_, j) => j % CHECKERS === i))),
    );
    for (const run of runs) expect(run.error, 'java could not run the checker').toBeUndefined();
    const errors = runs
      .flatMap((r) => r.messages)
      .filter((m) => m.type === 'error')
      .map((m) => `${m.url.replace(`file:${dist}`, '')}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 300_000);
});
