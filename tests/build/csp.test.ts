/**
 * The Content Security Policy of the built site, checked from the output: `_headers` sends the
 * very policy each page's <meta> holds; every inline script and style of every page and SVG file
 * is allowed by a hash; nothing in the markup needs 'unsafe-inline' or 'unsafe-hashes'; and
 * Google's CSP Evaluator finds nothing of weight. (The tile option, a build of its own, is in csp-tiles.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { cspHash, parsePolicy } from '../../src/lib/csp.ts';
import { metaPolicy } from '../../src/integrations/csp-headers.ts';
import { headersFor } from '../helpers/headers.ts';

const dist = inject('siteDist');

const PAGE_FILES = {
  'front page': 'index.html',
  timeline: 'timeline/index.html',
  event: 'events/2020-11-08-shusha-capture-announced/index.html',
  day: 'days/2020-11-08/index.html',
  place: 'places/shusha/index.html',
  actor: 'actors/armenia-mod/index.html',
  source: 'sources/44days-gashalti/index.html',
  document: 'documents/trilateral-statement-2020-11-09/index.html',
  'sources index': 'sources/index.html',
  map: 'map/index.html',
  search: 'search/index.html',
  about: 'about/index.html',
  '404': '404.html',
};

describe('_headers', () => {
  it('sends, for every path, the policy of each page type’s <meta> and the security headers', async () => {
    const headers = await headersFor(dist, '/events/2020-11-08-shusha-capture-announced/');
    for (const [type, file] of Object.entries(PAGE_FILES)) {
      const meta = metaPolicy(readFileSync(join(dist, file), 'utf8'));
      expect(meta, `${type} has a CSP <meta>`).toBeDefined();
      expect(headers['Content-Security-Policy'], type).toBe(meta);
      expect((await headersFor(dist, `/${file.replace(/index\.html$/, '')}`))['Content-Security-Policy']).toBe(meta);
    }
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
    expect(headers['Permissions-Policy']).toMatch(/(^|, )microphone=\(\)/);
    expect(headers['Permissions-Policy']).toMatch(/(^|, )geolocation=\(\)/);
  });

  it('is strict: self only, no unsafe-inline, no third party, hashes for scripts and styles', async () => {
    const policy = new Map(parsePolicy((await headersFor(dist, '/'))['Content-Security-Policy']!));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src']) {
      const sources = policy.get(directive)!;
      expect(sources[0]).toBe("'self'");
      expect(sources.filter((s) => s.startsWith("'sha256-")).length, directive).toBeGreaterThan(0);
      expect(
        sources.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/.test(s)),
        directive,
      ).toEqual([]);
    }
    expect([...policy.values()].flat().filter((s) => /^(https?:|\*|data:|blob:)/.test(s))).toEqual([]);
  });

  it('passes Google’s CSP Evaluator with nothing above a note on self', async () => {
    const policy = (await headersFor(dist, '/'))['Content-Security-Policy']!;
    const findings = new CspEvaluator(new CspParser(policy).csp).evaluate();
    // The one note it may make, on 'self' in script-src, is about JSONP endpoints and uploads, which a static site has none of.
    expect(
      findings.filter((f) => f.severity < Severity.MEDIUM_MAYBE).map((f) => `${f.directive}: ${f.description}`),
    ).toEqual([]);
  });
});

describe('inline code in the output', () => {
  const files = globSync('**/*.{html,svg}', { cwd: dist });
  const allowed = (directive: string) =>
    new Set(new Map(parsePolicy(metaPolicy(readFileSync(join(dist, 'index.html'), 'utf8'))!)).get(directive)!);

  it('every inline script and style of every page and SVG file is allowed by its hash', () => {
    expect(files.length).toBeGreaterThan(100);
    const [scripts, styles] = [allowed('script-src'), allowed('style-src')];
    const unhashed: string[] = [];
    for (const file of files) {
      const root = parse(readFileSync(join(dist, file), 'utf8'));
      for (const el of root.querySelectorAll('script:not([src])')) {
        // Data blocks (JSON-LD) are not run, so CSP does not govern them.
        if (/json/.test(el.getAttribute('type') ?? '')) continue;
        if (!scripts.has(`'${cspHash(el.rawText)}'`)) unhashed.push(`${file}: <script> ${el.rawText.slice(0, 60)}`);
      }
      for (const el of root.querySelectorAll('style'))
        if (!styles.has(`'${cspHash(el.rawText)}'`)) unhashed.push(`${file}: <style> ${el.rawText.slice(0, 60)}`);
    }
    expect(unhashed).toEqual([]);
  });

  it('no markup needs unsafe-hashes: no style attribute, no event handler attribute, no javascript: URL', () => {
    const found: string[] = [];
    for (const file of files) {
      for (const el of parse(readFileSync(join(dist, file), 'utf8')).querySelectorAll('*')) {
        for (const [name, value] of Object.entries(el.attributes)) {
          if (name === 'style' || /^on/i.test(name) || /^\s*javascript:/i.test(value))
            found.push(`${file}: <${el.rawTagName} ${name}="${value.slice(0, 40)}">`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
