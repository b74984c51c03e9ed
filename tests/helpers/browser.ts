/** A built site served on localhost and Debian's Chromium driving it, with every request and console error recorded. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** The rules of a built `_headers` file, read with Netlify's own parser: the headers for a path, as a host would send them. */
export async function headerRules(dir: string): Promise<(path: string) => Record<string, string>> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return () => ({});
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  if (errors.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
  const rules = headers as Header[];
  return (path) => {
    const out: Record<string, string> = {};
    for (const rule of rules.filter((r) => r.forRegExp.test(path)))
      for (const [name, value] of Object.entries(rule.values)) out[name] = out[name] ? `${out[name]}, ${value}` : value;
    return out;
  };
}

/** Serves a built folder like a static host: its `_headers` rules on every response, its 404 page for a missing path. */
export async function serve(dir: string, base = '/'): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const headersFor = await headerRules(dir);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside base');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    for (const [name, value] of Object.entries(headersFor(new URL(req.url, 'http://host').pathname)))
      res.setHeader(name, value);
    // Like a static host: a missing path gets the site's own 404 page.
    files(req, res, () => {
      const page = join(dir, '404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(page) ? readFileSync(page) : 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  /** Every Content Security Policy violation the page or its workers reported, as "directive: blocked URI (source)". */
  cspViolations: string[];
}

/** A new page that records console errors, page errors, CSP violations and any request that leaves localhost. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  // The binding and the listener are installed by the browser itself, before any page script and outside the page's CSP.
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => void cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
      void report(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  };
  page.on('console', onConsole);
  page.on('worker', (worker) => worker.on('console', onConsole));
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:', 'about:'].includes(u.protocol))
      foreignRequests.push(req.url());
  });
  return { page, consoleErrors, foreignRequests, cspViolations };
}

/** The built real content served on localhost with Chromium open, for the length of a test file. */
export function servedSite(outDir: string): {
  readonly server: Served;
  readonly browser: Browser;
  readonly outDir: string;
} {
  const state = { outDir } as { server: Served; browser: Browser; outDir: string };
  beforeAll(async () => {
    state.server = await serve(outDir);
    state.browser = await launch();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
