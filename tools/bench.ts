/**
 * Build benchmark on synthetic content: for each size N, generate N events
 * (tools/synthetic-content.ts, seeded, so runs are comparable), validate them
 * with the project's schemas and content checks, build them with `astro build`
 * into a temporary folder and measure the build.
 *
 * Usage: npx node tools/bench.ts [--sizes 100,1000,10000 (the default)] [--seed 1] [--json out.json] [--timeout-min 90] [--verbose]
 * Not part of the test suite: the three default sizes take about 5 minutes on two cores.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateContent } from './synthetic-content.ts';
import { checkContentDir } from './load-content.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    'timeout-min': { type: 'string', default: '90' },
    verbose: { type: 'boolean', default: false },
  },
});
const sizes = opts.sizes.split(',').map((s) => Number(s.trim().replace(/[_,]/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes: a comma-separated list of positive integers, not "${opts.sizes}"`);
  process.exit(2);
}
sizes.sort((a, b) => a - b);
const seed = Number(opts.seed);
const timeoutMs = Number(opts['timeout-min']) * 60_000;

export interface BenchRow {
  size: number;
  generateSeconds: number;
  buildSeconds: number;
  /** What Astro itself printed: "N page(s) built in Xs". */
  astroReported: string | null;
  pages: number;
  pagesPerSecond: number;
  files: number;
  distBytes: number;
  largestPage: { path: string; bytes: number; gzipBytes: number };
  /** The five largest HTML pages (the timeline first as long as it renders every event) and the largest other file. */
  topPages: { path: string; bytes: number }[];
  largestOtherFile: { path: string; bytes: number };
  /** The timeline (/index.html), reported separately because it renders every event. */
  timelinePage: { bytes: number; gzipBytes: number } | null;
  /** 1-minute load average just before the build: other work on the machine slows it down. */
  loadBefore: number;
}

// ------------------------------------------------------------ temp dirs, always cleaned

const tempDirs = new Set<string>();
let child: ReturnType<typeof spawn> | undefined;
function cleanup() {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child?.kill('SIGTERM');
    cleanup();
    process.exit(130);
  });
}
function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(d);
  return d;
}
/** astro.config.mjs gives every CONTENT_DIR its own content cache under node_modules/.astro: ours goes when we are done. */
function astroCacheDir(contentDir: string): string {
  return join(
    ROOT,
    'node_modules/.astro',
    `content-${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`,
  );
}

// ------------------------------------------------------------ measuring

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

function measure(outDir: string) {
  const files = walk(outDir);
  let distBytes = 0;
  let pages = 0;
  const html: { path: string; bytes: number }[] = [];
  let other = { path: '', bytes: -1 };
  for (const f of files) {
    const { size } = statSync(f);
    distBytes += size;
    if (f.endsWith('.html')) {
      pages++;
      html.push({ path: relative(outDir, f), bytes: size });
    } else if (size > other.bytes) other = { path: relative(outDir, f), bytes: size };
  }
  html.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  const largest = html[0] ?? { path: '', bytes: 0 };
  const gz = (p: string) => gzipSync(readFileSync(join(outDir, p))).length;
  const timelinePath = 'index.html';
  const timeline = files.includes(join(outDir, timelinePath))
    ? { bytes: statSync(join(outDir, timelinePath)).size, gzipBytes: gz(timelinePath) }
    : null;
  return {
    files: files.length,
    distBytes,
    pages,
    largestPage: { ...largest, gzipBytes: largest.path ? gz(largest.path) : 0 },
    topPages: html.slice(0, 5),
    largestOtherFile: other,
    timelinePage: timeline,
  };
}

/**
 * `npx astro build` of the project with another content and output folder.
 *
 * It runs in a working directory of its own inside the project (`--root` names the
 * project, `--prefix` lets npx find the project's astro): Astro puts the prerender
 * chunks of a build whose outDir lies outside the working directory in
 * <cwd>/.astro/.prerender/ and deletes that folder when it finishes, so two such
 * builds started from the project folder at the same time (the build tests do the
 * same) break each other with "Cannot find module …/.astro/.prerender/chunks/…".
 * The chunks import packages, so that directory must stay under the project's
 * node_modules; a fresh folder in node_modules/.astro/ (where the per-CONTENT_DIR
 * caches already live) keeps them apart and is removed afterwards.
 */
function build(
  workDir: string,
  contentDir: string,
  outDir: string,
): Promise<{ status: number | null; output: string; seconds: number }> {
  return new Promise((resolvePromise, reject) => {
    const env = {
      SITE: 'http://localhost:4321',
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const started = performance.now();
    const chunks: string[] = [];
    child = spawn('npx', ['--no', '--prefix', ROOT, 'astro', 'build', '--root', ROOT], {
      cwd: workDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child?.kill('SIGTERM'), timeoutMs);
    const onData = (buf: Buffer) => {
      const text = buf.toString();
      chunks.push(text);
      if (opts.verbose) process.stderr.write(text);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      child = undefined;
      resolvePromise({ status, output: chunks.join(''), seconds: (performance.now() - started) / 1000 });
    });
  });
}

// ------------------------------------------------------------ formatting

const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => fmt(bytes / 1024);

function table(rows: BenchRow[]): string {
  const lines = [
    '| size | build s | pages | pages/s | dist MB | largest page (KB, gz KB) |',
    '| ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString('en-GB')} | ${fmt(r.buildSeconds)} | ${r.pages.toLocaleString('en-GB')} | ${fmt(r.pagesPerSecond)} | ${fmt(r.distBytes / 1e6)} | ${r.largestPage.path}: ${kb(r.largestPage.bytes)} KB, gz ${kb(r.largestPage.gzipBytes)} KB |`,
    ),
  ];
  return lines.join('\n');
}

function growth(rows: BenchRow[]) {
  const steps = rows.slice(1).map((r, i) => {
    const prev = rows[i]!;
    return {
      from: prev.size,
      to: r.size,
      secondsPer1000: (r.buildSeconds - prev.buildSeconds) / ((r.size - prev.size) / 1000),
    };
  });
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const perEvent = (r: BenchRow) => r.buildSeconds / r.size;
  const ratio = rows.length > 1 ? perEvent(last) / perEvent(first) : 1;
  const marginalRatio = steps.length > 1 ? steps.at(-1)!.secondsPer1000 / steps[0]!.secondsPer1000 : null;
  return { steps, perEventRatio: ratio, noWorseThanLinear: ratio <= 1, marginalRatio };
}

// ------------------------------------------------------------ main

const rows: BenchRow[] = [];
try {
  for (const size of sizes) {
    const contentDir = tempDir(`karabakh-bench-${size}-`);
    const outDir = tempDir(`karabakh-bench-dist-${size}-`);
    tempDirs.add(astroCacheDir(contentDir));
    mkdirSync(join(ROOT, 'node_modules/.astro'), { recursive: true });
    const workDir = mkdtempSync(join(ROOT, 'node_modules/.astro/bench-cwd-'));
    tempDirs.add(workDir);

    let t = performance.now();
    const generated = generateContent(contentDir, size, seed);
    const generateSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const { problems } = checkContentDir(contentDir);
    if (problems.length) {
      console.error(`Generated content for ${size} events is INVALID (${problems.length} problem(s)); not building:`);
      console.error(problems.slice(0, 50).join('\n'));
      throw new Error('invalid synthetic content');
    }
    console.error(
      `[${size}] generated ${generated.files.length} files in ${fmt(generateSeconds, 2)} s, validated in ${fmt((performance.now() - t) / 1000, 2)} s; building…`,
    );

    const loadBefore = loadavg()[0]!;
    const result = await build(workDir, contentDir, outDir);
    if (result.status !== 0) {
      console.error(result.output.split('\n').slice(-60).join('\n'));
      throw new Error(
        `astro build failed for ${size} events (exit ${result.status}${result.seconds * 1000 >= timeoutMs ? ', timed out' : ''})`,
      );
    }
    const m = measure(outDir);
    const row: BenchRow = {
      size,
      generateSeconds,
      buildSeconds: result.seconds,
      astroReported: /\d+ page\(s\) built in (?:\d+m \d+s|[\d.]+m?s)/.exec(result.output)?.[0] ?? null,
      pages: m.pages,
      pagesPerSecond: m.pages / result.seconds,
      files: m.files,
      distBytes: m.distBytes,
      largestPage: m.largestPage,
      topPages: m.topPages,
      largestOtherFile: m.largestOtherFile,
      timelinePage: m.timelinePage,
      loadBefore,
    };
    rows.push(row);
    console.error(
      `[${size}] ${fmt(row.buildSeconds)} s wall clock (astro: ${row.astroReported ?? '?'}), ${row.pages} pages, ${fmt(row.distBytes / 1e6)} MB, largest ${row.largestPage.path} ${kb(row.largestPage.bytes)} KB; load average before: ${fmt(loadBefore, 2)}`,
    );
    // Free the disk before the next, larger size.
    for (const d of [contentDir, outDir, workDir, astroCacheDir(contentDir)]) {
      rmSync(d, { recursive: true, force: true });
      tempDirs.delete(d);
    }
  }
} catch (e) {
  cleanup();
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
}
cleanup();

const g = growth(rows);
console.log(table(rows));
console.log('');
if (g.steps.length) {
  console.log(
    `Growth: ${g.steps.map((s) => `${s.from.toLocaleString('en-GB')}→${s.to.toLocaleString('en-GB')}: ${fmt(s.secondsPer1000, 2)} s per 1,000 events`).join('; ')}.`,
  );
  console.log(
    `Per-event cost at ${rows.at(-1)!.size.toLocaleString('en-GB')} vs ${rows[0]!.size.toLocaleString('en-GB')} events: ratio ${fmt(g.perEventRatio, 2)} → ` +
      (g.noWorseThanLinear ? 'grows no worse than linearly.' : 'grows WORSE than linearly.') +
      (g.marginalRatio === null
        ? ''
        : ` Marginal cost per 1,000 events, last step vs first: ratio ${fmt(g.marginalRatio, 2)}${g.marginalRatio > 1.2 ? ' (rising: a super-linear component)' : ''}.`),
  );
} else {
  console.log('Growth: one size only; give two or more with --sizes to see it.');
}
for (const r of rows) {
  if (r.timelinePage)
    console.log(
      `Timeline page (/index.html) at ${r.size.toLocaleString('en-GB')} events: ${kb(r.timelinePage.bytes)} KB, gz ${kb(r.timelinePage.gzipBytes)} KB.`,
    );
}
const biggest = rows.at(-1);
if (biggest) {
  console.log(
    `Largest pages at ${biggest.size.toLocaleString('en-GB')} events: ${biggest.topPages.map((p) => `${p.path} ${kb(p.bytes)} KB`).join('; ')}. Largest other file: ${biggest.largestOtherFile.path} ${kb(biggest.largestOtherFile.bytes)} KB.`,
  );
}

if (opts.json) {
  writeFileSync(
    opts.json,
    `${JSON.stringify({ seed, node: process.version, cpus: cpus().length, measuredAt: new Date().toISOString(), rows, growth: g, table: table(rows) }, null, 2)}\n`,
  );
  console.error(`wrote ${opts.json}`);
}
