/**
 * Build benchmark on synthetic content: for each size N, generate N events
 * (tools/synthetic-content.ts, seeded, so runs are comparable), validate them
 * with the project's schemas and content checks, build them with `astro build`
 * into a temporary folder and measure the build: wall clock, CPU seconds (user and
 * system time of the build and of every process it started, Pagefind's indexer
 * included, summed by a small subreaper in python3; GNU time where python3 is missing,
 * which misses processes orphaned on the way) and peak memory (the largest resident
 * set of one of those processes).
 *
 * With --floor it also builds, beside ours and alternating with it, the floor
 * (tools/floor-site.ts: a minimal Astro site of the same Markdown pages, same Astro,
 * same Node) and prints `floor ratio (cpu): N.NN` per size: our CPU over the floor's.
 *
 * Usage: npm run bench -- [--sizes 100,1000,10000 | --events 1000] [--floor] [--repeat 1]
 *          [--seed 1] [--json out.json] [--timeout-min 90] [--cpu-prof dir] [--verbose]
 *   --floor        compare with the floor (default sizes then: 1,000 and 10,000 events)
 *   --floor-markdown unified|satteri
 *                  the floor's Markdown: remark and rehype like ours (the default), or Astro 7's native default
 *   --repeat N     build each site N times per size, alternating which goes first; medians are printed
 *   --keep D       keep our last build of each size in D/<size>/ (to look at its pages)
 *   --cpu-prof D   write a V8 CPU profile of each build into D/ours and D/floor (node --cpu-prof)
 * Not part of the test suite: the default sizes take several minutes on two cores.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { markdownTable } from 'markdown-table';
import { generateContent } from './synthetic-content.ts';
import { checkContent } from '../src/content/load-content.ts';
import { writeFloorSite } from './floor-site.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO_BIN = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';
/** No built page may be larger than this (uncompressed). */
const PAGE_LIMIT = 200 * 1024;

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string' },
    events: { type: 'string' },
    floor: { type: 'boolean', default: false },
    'floor-markdown': { type: 'string', default: 'unified' },
    repeat: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    'timeout-min': { type: 'string', default: '90' },
    'cpu-prof': { type: 'string' },
    keep: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const sizeList = opts.events ?? opts.sizes ?? (opts.floor ? '1000,10000' : '100,1000,10000');
const sizes = sizeList.split(',').map((s) => Number(s.trim().replace(/[_,]/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes/--events: a comma-separated list of positive integers, not "${sizeList}"`);
  process.exit(2);
}
sizes.sort((a, b) => a - b);
const seed = Number(opts.seed);
const repeat = Number(opts.repeat);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error(`--repeat: a positive integer, not "${opts.repeat}"`);
  process.exit(2);
}
const timeoutMs = Number(opts['timeout-min']) * 60_000;
const floorMarkdown = opts['floor-markdown'];
if (floorMarkdown !== 'unified' && floorMarkdown !== 'satteri') {
  console.error(`--floor-markdown: unified or satteri, not "${floorMarkdown}"`);
  process.exit(2);
}
const cpuProfDir = opts['cpu-prof'] ? resolve(opts['cpu-prof']) : undefined;
if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });
const haveGnuTime = existsSync(GNU_TIME);

/** One build's cost. */
export interface BuildCost {
  wallSeconds: number;
  /** User + system CPU seconds of the build and every process it started (null without python3 or GNU time). */
  cpuSeconds: number | null;
  userSeconds: number | null;
  systemSeconds: number | null;
  /** Largest resident set of one process of the build, in bytes. */
  peakBytes: number | null;
  /** 1-minute load average just before the build: other work on the machine slows it down. */
  loadBefore: number;
}

export interface BenchRow {
  size: number;
  generateSeconds: number;
  /** Median over --repeat builds of ours. */
  ours: BuildCost;
  oursRuns: BuildCost[];
  floor: BuildCost | null;
  floorRuns: BuildCost[];
  /** Our CPU seconds over the floor's. */
  floorRatio: number | null;
  /** What Astro itself printed: "N page(s) built in Xs". */
  astroReported: string | null;
  pages: number;
  floorPages: number | null;
  pagesPerSecond: number;
  files: number;
  distBytes: number;
  largestPage: { path: string; bytes: number; gzipBytes: number };
  /** The five largest HTML pages and the largest other file. */
  topPages: { path: string; bytes: number }[];
  largestOtherFile: { path: string; bytes: number };
  /** HTML pages over PAGE_LIMIT. */
  pagesOverLimit: number;
  /** The front page (/index.html). */
  frontPage: { bytes: number; gzipBytes: number } | null;
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
function tempDir(prefix: string, parent = tmpdir()): string {
  const d = mkdtempSync(join(parent, prefix));
  tempDirs.add(d);
  return d;
}
function removeTemp(...dirs: string[]) {
  for (const d of dirs) {
    rmSync(d, { recursive: true, force: true });
    tempDirs.delete(d);
  }
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
  const front = existsSync(join(outDir, 'index.html'))
    ? { bytes: statSync(join(outDir, 'index.html')).size, gzipBytes: gz('index.html') }
    : null;
  return {
    files: files.length,
    distBytes,
    pages,
    largestPage: { ...largest, gzipBytes: largest.path ? gz(largest.path) : 0 },
    topPages: html.slice(0, 5),
    largestOtherFile: other,
    pagesOverLimit: html.filter((h) => h.bytes > PAGE_LIMIT).length,
    frontPage: front,
  };
}

/**
 * A subreaper (Linux prctl PR_SET_CHILD_SUBREAPER) that runs a command, reaps it and every descendant
 * orphaned on the way (Pagefind's indexer outlives the Node process that killed it), and writes their
 * summed user and system seconds and the largest resident set (KB) of any of them.
 */
const REAPER = `
import ctypes, os, resource, sys
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)
out, argv = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    os.execvp(argv[0], argv)
code = 1
while True:
    try:
        p, status = os.wait()
    except ChildProcessError:
        break
    if p == pid:
        code = os.waitstatus_to_exitcode(status)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
open(out, 'w').write(f"{ru.ru_utime} {ru.ru_stime} {ru.ru_maxrss}\\n")
sys.exit(code)
`;
const PYTHON = ['/usr/bin/python3', '/usr/local/bin/python3'].find((p) => existsSync(p));

/** Runs `astro build` under the subreaper (or GNU time, which misses orphans) and reads its CPU and memory figures. */
function timedBuild(
  cwd: string,
  args: string[],
  env: Record<string, string | undefined>,
  nodeFlags: string[] = [],
): Promise<{ status: number | null; output: string; cost: BuildCost }> {
  return new Promise((resolvePromise, reject) => {
    const timeFile = join(tempDir('karabakh-bench-time-'), 'time.txt');
    const command = [process.execPath, ...nodeFlags, ASTRO_BIN, 'build', ...args];
    const [program, ...rest] = PYTHON
      ? [PYTHON, '-c', REAPER, timeFile, ...command]
      : haveGnuTime
        ? [GNU_TIME, '-f', '%U %S %M', '-o', timeFile, ...command]
        : command;
    const loadBefore = loadavg()[0]!;
    const started = performance.now();
    const chunks: string[] = [];
    child = spawn(program!, rest, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
      const wallSeconds = (performance.now() - started) / 1000;
      // GNU time writes "Command exited with non-zero status N" before its line when the build fails.
      const figures = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) : '';
      const [user, system, maxRssKb] = (figures ?? '').split(' ').map(Number);
      const known = user !== undefined && Number.isFinite(user) && Number.isFinite(system);
      resolvePromise({
        status,
        output: chunks.join(''),
        cost: {
          wallSeconds,
          cpuSeconds: known ? user + system! : null,
          userSeconds: known ? user : null,
          systemSeconds: known ? system! : null,
          peakBytes: known && Number.isFinite(maxRssKb) ? maxRssKb! * 1024 : null,
          loadBefore,
        },
      });
    });
  });
}

// ------------------------------------------------------------ formatting

const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => fmt(bytes / 1024);
const mb = (bytes: number | null) => (bytes === null ? '–' : fmt(bytes / 2 ** 20, 0));
const secs = (n: number | null) => (n === null ? '–' : fmt(n));
const count = (n: number) => n.toLocaleString('en-GB');

function medianCost(runs: BuildCost[]): BuildCost {
  const med = (xs: (number | null)[]) => {
    if (xs.some((x) => x === null)) return null;
    const s = (xs as number[]).toSorted((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  return {
    wallSeconds: med(runs.map((r) => r.wallSeconds))!,
    cpuSeconds: med(runs.map((r) => r.cpuSeconds)),
    userSeconds: med(runs.map((r) => r.userSeconds)),
    systemSeconds: med(runs.map((r) => r.systemSeconds)),
    peakBytes: med(runs.map((r) => r.peakBytes)),
    loadBefore: med(runs.map((r) => r.loadBefore))!,
  };
}

function table(rows: BenchRow[]): string {
  if (opts.floor) {
    return markdownTable(
      [
        [
          'events',
          'our CPU s',
          'floor CPU s',
          'floor ratio (cpu)',
          'our peak MB',
          'floor peak MB',
          'our wall s',
          'floor wall s',
          'our pages',
          'largest page',
        ],
        ...rows.map((r) => [
          count(r.size),
          secs(r.ours.cpuSeconds),
          secs(r.floor!.cpuSeconds),
          r.floorRatio === null ? '–' : fmt(r.floorRatio, 2),
          mb(r.ours.peakBytes),
          mb(r.floor!.peakBytes),
          fmt(r.ours.wallSeconds),
          fmt(r.floor!.wallSeconds),
          count(r.pages),
          `\`${r.largestPage.path}\` ${kb(r.largestPage.bytes)} KB`,
        ]),
      ],
      { align: ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', ''] },
    );
  }
  return markdownTable(
    [
      ['events', 'build s', 'CPU s', 'peak MB', 'pages', 'pages/s', 'dist MB', 'largest page (KB, gz KB)'],
      ...rows.map((r) => [
        count(r.size),
        fmt(r.ours.wallSeconds),
        secs(r.ours.cpuSeconds),
        mb(r.ours.peakBytes),
        count(r.pages),
        fmt(r.pagesPerSecond),
        fmt(r.distBytes / 1e6),
        `\`${r.largestPage.path}\` ${kb(r.largestPage.bytes)} KB, gz ${kb(r.largestPage.gzipBytes)} KB`,
      ]),
    ],
    { align: ['r', 'r', 'r', 'r', 'r', 'r', 'r', ''] },
  );
}

/** Marginal cost per 1,000 events between consecutive sizes, by CPU when known, else by wall clock. */
function growth(rows: BenchRow[], pick: (r: BenchRow) => number | null) {
  const steps = rows.slice(1).flatMap((r, i) => {
    const prev = rows[i]!;
    const [a, b] = [pick(prev), pick(r)];
    return a === null || b === null
      ? []
      : [{ from: prev.size, to: r.size, secondsPer1000: (b - a) / ((r.size - prev.size) / 1000) }];
  });
  return steps;
}

// ------------------------------------------------------------ main

const rows: BenchRow[] = [];
try {
  mkdirSync(join(ROOT, 'node_modules/.astro'), { recursive: true });
  for (const size of sizes) {
    const contentDir = tempDir(`karabakh-bench-${size}-`);
    let t = performance.now();
    const generated = generateContent(contentDir, size, seed);
    const generateSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const { lines: problems } = checkContent(contentDir);
    if (problems.length) {
      console.error(`Generated content for ${size} events is INVALID (${problems.length} problem(s)); not building:`);
      console.error(problems.slice(0, 50).join('\n'));
      throw new Error('invalid synthetic content');
    }
    console.error(
      `[${size}] generated ${generated.files.length} files in ${fmt(generateSeconds, 2)} s, validated in ${fmt((performance.now() - t) / 1000, 2)} s`,
    );
    const floorDir = opts.floor ? tempDir('karabakh-bench-floor-') : undefined;
    if (floorDir) writeFloorSite(floorDir, join(ROOT, 'node_modules'));

    const oursRuns: BuildCost[] = [];
    const floorRuns: BuildCost[] = [];
    let last: { outDir: string; output: string } | undefined;
    let floorPages: number | null = null;
    for (let round = 0; round < repeat; round++) {
      const order: ('ours' | 'floor')[] = !floorDir ? ['ours'] : round % 2 ? ['ours', 'floor'] : ['floor', 'ours'];
      for (const which of order) {
        // A fresh output and content cache every time: a cached data store would skip the Markdown rendering.
        // Our output goes under node_modules/.astro/: Astro keeps its prerender chunks (which import packages)
        // inside an outDir within the working directory, and otherwise in <cwd>/.astro/.prerender/, which two
        // builds at once (a test build) would share and delete under each other.
        const outDir = tempDir(`bench-dist-${size}-`, which === 'ours' ? join(ROOT, 'node_modules/.astro') : tmpdir());
        const cacheDir = tempDir(`karabakh-bench-cache-${size}-`);
        const result =
          which === 'floor'
            ? await timedBuild(
                floorDir!,
                [],
                {
                  ...process.env,
                  FLOOR_EVENTS_DIR: join(contentDir, 'events'),
                  FLOOR_MARKDOWN: floorMarkdown,
                  OUT_DIR: outDir,
                  ASTRO_CACHE_DIR: cacheDir,
                  ASTRO_TELEMETRY_DISABLED: '1',
                },
                cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', join(cpuProfDir, 'floor')] : [],
              )
            : await timedBuild(
                ROOT,
                [],
                {
                  SITE: 'http://localhost:4321',
                  ...process.env,
                  CONTENT_DIR: contentDir,
                  OUT_DIR: outDir,
                  ASTRO_CACHE_DIR: cacheDir,
                  ASTRO_TELEMETRY_DISABLED: '1',
                },
                cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', join(cpuProfDir, 'ours')] : [],
              );
        if (result.status !== 0) {
          console.error(result.output.split('\n').slice(-60).join('\n'));
          throw new Error(
            `${which === 'floor' ? 'the floor' : 'our'} astro build failed for ${size} events (exit ${result.status})`,
          );
        }
        const c = result.cost;
        console.error(
          `[${size}] ${which === 'floor' ? 'floor' : 'ours '}: ${fmt(c.wallSeconds)} s wall, ${secs(c.cpuSeconds)} s CPU (user ${secs(c.userSeconds)}, system ${secs(c.systemSeconds)}), peak ${mb(c.peakBytes)} MB; load average before: ${fmt(c.loadBefore, 2)}`,
        );
        removeTemp(cacheDir);
        if (which === 'floor') {
          floorRuns.push(c);
          floorPages = walk(outDir).filter((f) => f.endsWith('.html')).length;
          removeTemp(outDir);
        } else {
          oursRuns.push(c);
          if (last) removeTemp(last.outDir);
          last = { outDir, output: result.output };
        }
      }
    }
    const m = measure(last!.outDir);
    const ours = medianCost(oursRuns);
    const floor = floorRuns.length ? medianCost(floorRuns) : null;
    const row: BenchRow = {
      size,
      generateSeconds,
      ours,
      oursRuns,
      floor,
      floorRuns,
      floorRatio: floor?.cpuSeconds && ours.cpuSeconds !== null ? ours.cpuSeconds / floor.cpuSeconds : null,
      astroReported: /\d+ page\(s\) built in (?:\d+m \d+s|[\d.]+m?s)/.exec(last!.output)?.[0] ?? null,
      pages: m.pages,
      floorPages,
      pagesPerSecond: m.pages / ours.wallSeconds,
      files: m.files,
      distBytes: m.distBytes,
      largestPage: m.largestPage,
      topPages: m.topPages,
      largestOtherFile: m.largestOtherFile,
      pagesOverLimit: m.pagesOverLimit,
      frontPage: m.frontPage,
    };
    rows.push(row);
    console.error(
      `[${size}] ours: ${row.pages} pages, ${fmt(row.distBytes / 1e6)} MB, largest ${row.largestPage.path} ${kb(row.largestPage.bytes)} KB; ${row.pagesOverLimit} page(s) over ${kb(PAGE_LIMIT)} KB`,
    );
    if (opts.keep) {
      const kept = join(resolve(opts.keep), String(size));
      rmSync(kept, { recursive: true, force: true });
      mkdirSync(resolve(opts.keep), { recursive: true });
      renameSync(last!.outDir, kept);
      console.error(`[${size}] kept our build in ${kept}`);
    }
    // Free the disk before the next, larger size.
    removeTemp(contentDir, last!.outDir, ...(floorDir ? [floorDir] : []));
  }
} catch (e) {
  cleanup();
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
}
cleanup();

console.log(table(rows));
console.log('');
for (const r of rows) {
  console.log(
    `${count(r.size)} events: ours ${secs(r.ours.cpuSeconds)} s CPU, peak ${mb(r.ours.peakBytes)} MB, ${count(r.pages)} pages` +
      (r.floor
        ? `; floor (Markdown: ${floorMarkdown}) ${secs(r.floor.cpuSeconds)} s CPU, peak ${mb(r.floor.peakBytes)} MB, ${count(r.floorPages ?? 0)} pages${repeat > 1 ? ` (medians of ${repeat} alternating builds)` : ''}`
        : ''),
  );
  if (r.floor) console.log(`floor ratio (cpu): ${r.floorRatio === null ? '–' : r.floorRatio.toFixed(2)}`);
  console.log(
    `  largest pages: ${r.topPages.map((p) => `${p.path} ${kb(p.bytes)} KB`).join('; ')}; ${r.pagesOverLimit} over ${kb(PAGE_LIMIT)} KB; largest other file: ${r.largestOtherFile.path} ${kb(r.largestOtherFile.bytes)} KB` +
      (r.frontPage ? `; front page ${kb(r.frontPage.bytes)} KB, gz ${kb(r.frontPage.gzipBytes)} KB` : ''),
  );
}
const byCpu = rows.every((r) => r.ours.cpuSeconds !== null);
const oursGrowth = growth(rows, (r) => (byCpu ? r.ours.cpuSeconds : r.ours.wallSeconds));
const floorGrowth = opts.floor ? growth(rows, (r) => r.floor?.cpuSeconds ?? null) : [];
for (const s of oursGrowth) {
  const f = floorGrowth.find((x) => x.from === s.from && x.to === s.to);
  console.log(
    `Marginal cost ${count(s.from)}→${count(s.to)}: ours ${fmt(s.secondsPer1000, 2)} s ${byCpu ? 'CPU' : 'wall'} per 1,000 events${f ? `, floor ${fmt(f.secondsPer1000, 2)} s` : ''}.`,
  );
}

if (opts.json) {
  writeFileSync(
    opts.json,
    `${JSON.stringify({ seed, repeat, floorMarkdown, node: process.version, cpus: cpus().length, measuredAt: new Date().toISOString(), rows, table: table(rows) }, null, 2)}\n`,
  );
  console.error(`wrote ${opts.json}`);
}
