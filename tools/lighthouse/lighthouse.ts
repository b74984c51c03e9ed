/**
 * Lighthouse scores of a built site, offline: serves the folder on 127.0.0.1
 * (sirv, tests/helpers/browser.ts), launches Debian's Chromium through
 * chrome-launcher and runs Lighthouse's Node API on the front page, one event
 * page, one day page and the map, with the default (mobile, simulated
 * throttling) settings and the desktop preset.
 *
 * Its own package, so that the site's install does not carry Lighthouse:
 * `npm --prefix tools/lighthouse install` once, then `npm run lighthouse -- dist`.
 *
 * Nothing may leave the machine. The page requests Lighthouse records must all be
 * on 127.0.0.1 (any other makes the script exit 1). Chromium itself is pointed at
 * a trap proxy on 127.0.0.1 (loopback bypasses proxies) that records and refuses
 * whatever the browser would send elsewhere: Chromium 156 still calls Google's
 * component updater and accounts service at start-up despite
 * --disable-background-networking and --disable-component-update, so those
 * attempts are listed as blocked, never sent. Lighthouse itself fetches nothing
 * (the full-page screenshot is off; source maps would come from 127.0.0.1).
 *
 * Usage: npm run lighthouse -- [dist-dir] [--json out.json] [--page /path/ ...] [--runs 3] [--reports dir]
 *   --runs N     run each page and preset N times and keep the median run by performance score (scores vary on a busy machine)
 *   --reports D  also write each kept run's full Lighthouse result (JSON) into folder D
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config, Flags, Result } from 'lighthouse';
// From the site's own install, like the test helpers below.
import { markdownTable } from 'markdown-table';
import { serve, CHROMIUM, CHROMIUM_ARGS } from '../../tests/helpers/browser.ts';

const installed = await Promise.all([import('lighthouse'), import('chrome-launcher')]).catch(() => {
  console.error('lighthouse: its packages are not installed; run `npm --prefix tools/lighthouse install` first');
  process.exit(2);
});
const [{ default: lighthouse, desktopConfig }, { launch: launchChrome, Launcher }] = installed;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const DEFAULT_PAGES = ['/', '/events/2020-11-08-shusha-capture-announced/', '/days/2020-11-08/', '/map/'];
const PRESETS: { name: 'mobile' | 'desktop'; config: Config | undefined }[] = [
  { name: 'mobile', config: undefined }, // Lighthouse's default: Moto G Power emulation, simulated slow 4G and 4x CPU slowdown
  { name: 'desktop', config: desktopConfig },
];

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string' },
    page: { type: 'string', multiple: true },
    runs: { type: 'string', default: '1' },
    reports: { type: 'string' },
  },
});
const distDir = resolve(positionals[0] ?? 'dist');
const pages = opts.page?.length ? opts.page : DEFAULT_PAGES;
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs: a positive integer, not "${opts.runs}"`);
  process.exit(2);
}
if (opts.reports) mkdirSync(opts.reports, { recursive: true });
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(
    `lighthouse: ${distDir} has no index.html; build first (e.g. SITE=http://localhost:4321 npm run build)`,
  );
  process.exit(2);
}

/** A proxy that refuses everything: Chromium sends it whatever would leave the machine (loopback bypasses proxies). */
async function trapProxy() {
  const seen: string[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end('offline benchmark: no external requests');
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { port, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

interface PageResult {
  page: string;
  preset: 'mobile' | 'desktop';
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  totalByteWeight: number | null;
  requests: number;
  foreignRequests: string[];
  /** Performance scores of every run, when there were several; the row shows the median run. */
  runScores: number[];
  /** Scored audits (weight > 0) of the four categories that did not pass (score below 0.9), for the report. */
  failing: { id: string; score: number; title: string; displayValue?: string }[];
  warnings: string[];
}

function summarise(page: string, preset: 'mobile' | 'desktop', lhr: Result, runScores: number[]): PageResult {
  const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
  ) as PageResult['scores'];
  const items = (
    (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? []
  ).map((i) => i.url);
  const foreignRequests = items.filter((u) => {
    const url = new URL(u);
    return (
      !['data:', 'blob:', 'about:', 'chrome:'].includes(url.protocol) &&
      !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    );
  });
  const auditIds = new Set(
    CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)),
  );
  const failing = [...auditIds]
    .map((id) => lhr.audits[id]!)
    .filter(
      (a) =>
        a &&
        a.score !== null &&
        a.score < 0.9 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable' &&
        a.scoreDisplayMode !== 'manual',
    )
    .map((a) => ({
      id: a.id,
      score: a.score!,
      title: a.title,
      ...(a.displayValue ? { displayValue: a.displayValue } : {}),
    }));
  return {
    page,
    preset,
    scores,
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    totalByteWeight: num('total-byte-weight'),
    requests: items.length,
    foreignRequests,
    runScores,
    failing,
    warnings: [
      ...(lhr.runWarnings ?? []),
      ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []),
    ],
  };
}

const site = await serve(distDir);
const trap = await trapProxy();
const chrome = await launchChrome({
  chromePath: CHROMIUM,
  // chrome-launcher's quiet defaults (with the network time queries also off: one --disable-features flag only, or the last one wins),
  // the project's flags (tests/helpers/browser.ts), headless, and the trap proxy.
  ignoreDefaultFlags: true,
  chromeFlags: [
    ...Launcher.defaultFlags().map((f) =>
      f.startsWith('--disable-features=') ? `${f},NetworkTimeServiceQuerying` : f,
    ),
    '--headless',
    ...CHROMIUM_ARGS,
    `--proxy-server=http://127.0.0.1:${trap.port}`,
  ],
  logLevel: 'error',
});
const results: PageResult[] = [];
const foreignFromOtherRuns: string[] = [];
let lighthouseVersion = '';
let userAgent = '';
try {
  for (const page of pages) {
    for (const preset of PRESETS) {
      const url = new URL(page.replace(/^\//, ''), site.url).href;
      const flags: Flags = {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // The full-page screenshot only bloats the report; nothing in the scores depends on it.
        disableFullPageScreenshot: true,
      };
      const started = performance.now();
      const lhrs: Result[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(url, flags, preset.config);
        if (!run) throw new Error(`no Lighthouse result for ${url}`);
        lhrs.push(run.lhr);
        // Every run's page requests count, not only the median's.
        foreignFromOtherRuns.push(
          ...summarise(page, preset.name, run.lhr, []).foreignRequests.map((u) => `${preset.name} ${page}: ${u}`),
        );
      }
      const perf = (l: Result) => l.categories.performance?.score ?? 0;
      const median = [...lhrs].sort((a, b) => perf(a) - perf(b))[Math.floor((lhrs.length - 1) / 2)]!;
      lighthouseVersion = median.lighthouseVersion;
      userAgent = median.environment.hostUserAgent;
      const r = summarise(
        page,
        preset.name,
        median,
        lhrs.map((l) => Math.round(perf(l) * 100)),
      );
      results.push(r);
      if (opts.reports)
        writeFileSync(
          resolve(
            opts.reports,
            `${preset.name}${page.replace(/\/+$/, '').replace(/[^a-z0-9]+/gi, '-') || '-index'}.json`,
          ),
          JSON.stringify(median),
        );
      console.error(
        `${preset.name.padEnd(7)} ${page}: ${CATEGORIES.map((c) => `${c} ${r.scores[c] ?? '–'}`).join(', ')}${runs > 1 ? ` (performance in ${runs} runs: ${r.runScores.join(', ')})` : ''} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  }
} finally {
  chrome.kill();
  await site.close();
  await trap.close();
}

// ------------------------------------------------------------ report

const cell = (v: number | null, f: (n: number) => string) => (v === null ? '–' : f(v));
console.log(
  markdownTable(
    [
      ['page', 'preset', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP s', 'TBT ms', 'CLS', 'total KB'],
      ...results.map((r) => [
        r.page,
        r.preset,
        ...CATEGORIES.map((c) => cell(r.scores[c], String)),
        cell(r.lcpMs, (n) => (n / 1000).toFixed(2)),
        cell(r.tbtMs, (n) => n.toFixed(0)),
        cell(r.cls, (n) => n.toFixed(3)),
        cell(r.totalByteWeight, (n) => (n / 1024).toFixed(1)),
      ]),
    ],
    { align: ['', '', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] },
  ),
);
console.log('');
console.log(
  `Lighthouse ${lighthouseVersion}; ${userAgent}; ${distDir}; ${runs > 1 ? `median of ${runs} runs by performance score` : 'one run each'}.`,
);
const foreign = [...new Set(foreignFromOtherRuns)];
const blocked = [...new Set(trap.seen.map((s) => s.replace(/\?.*$/, '')))];
console.log(
  `Page requests recorded by Lighthouse (kept runs): ${results.reduce((s, r) => s + r.requests, 0)}, outside 127.0.0.1: ${foreign.length}.`,
);
for (const line of foreign) console.log(`  ${line}`);
console.log(
  `Chromium's own background requests, refused on 127.0.0.1 by the trap proxy (never sent): ${trap.seen.length}${blocked.length ? ` (${blocked.join('; ')})` : ''}.`,
);
for (const r of results) {
  if (r.failing.length)
    console.log(
      `Not passing on ${r.page} (${r.preset}): ${r.failing.map((a) => `${a.id} (${Math.round(a.score * 100)}${a.displayValue ? `, ${a.displayValue}` : ''})`).join('; ')}`,
    );
  for (const w of r.warnings) console.log(`Warning on ${r.page} (${r.preset}): ${w}`);
}

if (opts.json) {
  writeFileSync(
    opts.json,
    `${JSON.stringify({ distDir, lighthouseVersion, userAgent, measuredAt: new Date().toISOString(), results, trapProxy: trap.seen, table: lines.join('\n') }, null, 2)}\n`,
  );
  console.error(`wrote ${opts.json}`);
}
if (foreign.length) {
  console.error('lighthouse: the pages requested something outside 127.0.0.1 (see above)');
  process.exit(1);
}
