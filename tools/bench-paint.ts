/**
 * First paint and bytes of a built site, in one Chromium run (Debian's, through playwright-core).
 *
 * Paint: every round loads a one-line HTML page and each measured page, in a fresh browser
 * context each (nothing cached), from the same local server, in an order that rotates every round,
 * and reads the page's own first-contentful-paint entry. It prints, per page, the median first
 * contentful paint and the median of the per-round differences against the one-line page.
 *
 * Bytes: one more load per page (scrolled to the end, so that lazy images load too) records
 * every response (at the same viewport); each body is gzip-compressed (level 9) as a static host would serve it. "Own" is the
 * page's HTML, stylesheets and scripts; "all" is everything the load fetched (images and data too).
 *
 * Usage: npm run bench:paint -- [dist-dir] [--runs 40] [--page /path/ ...] [--viewport 1280x800] [--cpu-throttle 1] [--json out.json]
 * Build first, e.g. `SITE=http://localhost:4321 npm run build`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { markdownTable } from 'markdown-table';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/helpers/browser.ts';

const DEFAULT_PAGES = ['/', '/events/2020-11-08-shusha-capture-announced/', '/days/2020-11-08/', '/map/'];
/** The reference: the least a page can paint. */
const ONE_LINE_PATH = '/__one-line/';
const ONE_LINE_HTML = '<!doctype html><html lang="en"><title>One line</title><p>One line of text.</p></html>\n';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '40' },
    page: { type: 'string', multiple: true },
    'cpu-throttle': { type: 'string', default: '1' },
    viewport: { type: 'string', default: '1280x800' },
    json: { type: 'string' },
  },
});
const distDir = resolve(positionals[0] ?? 'dist');
const pages = opts.page?.length ? opts.page : DEFAULT_PAGES;
const runs = Number(opts.runs);
const throttle = Number(opts['cpu-throttle']);
const [vw, vh] = opts.viewport.split('x').map(Number) as [number, number];
if (!(vw > 0 && vh > 0)) {
  console.error(`--viewport: WIDTHxHEIGHT, e.g. 390x844, not "${opts.viewport}"`);
  process.exit(2);
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs: a positive integer, not "${opts.runs}"`);
  process.exit(2);
}
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(
    `bench:paint: ${distDir} has no index.html; build first, e.g. SITE=http://localhost:4321 npm run build`,
  );
  process.exit(2);
}
for (const p of pages) {
  if (!existsSync(join(distDir, p, 'index.html'))) {
    console.error(`bench:paint: ${p} is not a page of ${distDir}`);
    process.exit(2);
  }
}

async function serve(dir: string) {
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const server = createServer((req, res) => {
    if (req.url === ONE_LINE_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': ONE_LINE_HTML.length });
      res.end(ONE_LINE_HTML);
      return;
    }
    files(req, res, () => {
      res.writeHead(404).end('not found');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** First contentful paint of one fresh load, in ms from navigation start. */
async function paint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: vw, height: vh } });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) {
            observer.disconnect();
            done(entry.startTime);
          }
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await context.close();
  return fcp;
}

interface Bytes {
  own: number;
  all: number;
  files: { url: string; type: string; gzip: number }[];
}

/** What one load fetches, scrolled to the end, with each body gzip-compressed. */
async function bytes(browser: Browser, url: string): Promise<Bytes> {
  const context = await browser.newContext({ viewport: { width: vw, height: vh } });
  const page = await context.newPage();
  const pending: Promise<{ url: string; type: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    pending.push(
      response
        .body()
        .then((body) => ({ url: new URL(response.url()).pathname, type, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ url: new URL(response.url()).pathname, type, gzip: 0 })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(pending);
  await context.close();
  const own = files.filter((f) => ['document', 'stylesheet', 'script'].includes(f.type));
  const sum = (fs: typeof files) => fs.reduce((n, f) => n + f.gzip, 0);
  return { own: sum(own), all: sum(files), files };
}

const site = await serve(distDir);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const version = browser.version();
const targets = [ONE_LINE_PATH, ...pages];
const samples = new Map<string, number[]>(targets.map((t) => [t, []]));
const differences = new Map<string, number[]>(pages.map((p) => [p, []]));
const measured: { page: string; fcpMs: number; aboveOneLineMs: number; bytes: Bytes }[] = [];
try {
  // One warm-up round: the first loads pay for starting the renderer.
  for (const t of targets) await paint(browser, site.origin + t);
  for (let round = 0; round < runs; round++) {
    const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
    const got = new Map<string, number>();
    for (const t of order) got.set(t, await paint(browser, site.origin + t));
    for (const [t, ms] of got) samples.get(t)!.push(ms);
    for (const p of pages) differences.get(p)!.push(got.get(p)! - got.get(ONE_LINE_PATH)!);
  }
  for (const p of pages)
    measured.push({
      page: p,
      fcpMs: median(samples.get(p)!),
      aboveOneLineMs: median(differences.get(p)!),
      bytes: await bytes(browser, site.origin + p),
    });
} finally {
  await browser.close();
  await site.close();
}

const kb = (n: number) => (n / 1024).toFixed(1);
const oneLine = median(samples.get(ONE_LINE_PATH)!);
console.log(
  markdownTable(
    [
      [
        'page',
        'first contentful paint ms',
        'above the one-line page ms',
        'HTML, CSS, JS KB gz',
        'all it loads KB gz',
        'requests',
      ],
      ['one-line page', oneLine.toFixed(0), '0', kb(gzipSync(ONE_LINE_HTML, { level: 9 }).length), '–', '1'],
      ...measured.map((m) => [
        `\`${m.page}\``,
        m.fcpMs.toFixed(0),
        m.aboveOneLineMs.toFixed(0),
        kb(m.bytes.own),
        kb(m.bytes.all),
        String(m.bytes.files.length),
      ]),
    ],
    { align: ['', 'r', 'r', 'r', 'r', 'r'] },
  ),
);
console.log('');
console.log(
  `Medians of ${runs} alternating rounds in one run of Chromium ${version} at ${vw}×${vh}${throttle > 1 ? `, CPU slowed ${throttle}×` : ''}; load average ${loadavg()[0]!.toFixed(1)}; ${distDir}.`,
);
for (const m of measured)
  console.log(
    `${m.page}: ${m.bytes.files.map((f) => `${f.url} ${kb(f.gzip)}`).join(', ')} (KB gz); first paint above the one-line page per round: ${differences
      .get(m.page)!
      .map((d) => d.toFixed(0))
      .join(' ')}`,
  );
if (opts.json) {
  writeFileSync(
    opts.json,
    `${JSON.stringify({ distDir, runs, throttle, oneLineMs: oneLine, measured, measuredAt: new Date().toISOString() }, null, 2)}\n`,
  );
  console.error(`wrote ${opts.json}`);
}
