#!/usr/bin/env node
// Batch benchmark: whole processes converting a generated archive, against a floor.
//
//   node bench/batch.mjs [--count N] [--rounds R] [--jobs 1,2] [--keep]
//
// It writes N documents (default 2,000) into a temporary folder — variants of every
// fixtures/**/*.txt, so each language the project gains joins in — spread over nested folders
// as an archive would be. Then, in interleaved rounds (floor, --jobs 1, --jobs 2, floor, …, so
// that drift in the machine's load hits all alike), it times as whole processes:
//   floor        one `node` process that walks the folder, reads each file and writes a trivial
//                JSON per file with plain writeFileSync: the cost of the I/O alone;
//   --jobs N     `node bin/agenda-parse.js --jobs N --out-dir OUT -q CORPUS`.
// Every run writes into a new folder, as a CI job's fresh workspace would; all are removed at
// the end. Each figure is the median of the rounds' wall times. Peak memory is the process's maximum
// resident set (worker threads included), recorded by a preload module at exit.
//
// Targets (issue 5): ≥ 1,000 documents/s with --jobs 2 on 2 cores, within 3× the floor's wall
// time, and a peak under 200 MB whether there are 2,000 documents or 20,000. This is a
// measurement: it exits 0 and prints "ok" or "over" beside each target. `runBatchBench()` is
// exported for bench/run.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'agenda-parse.js');

export const BATCH_TARGETS = {
  docsPerSecondJobs2: 1000,
  floorRatioJobs2: 3,
  peakMb: 200,
};

const FLOOR_SCRIPT = `// The floor: read every file, write a trivial JSON for each, nothing else.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const [source, out] = process.argv.slice(2);
function walk(dir, rel) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  mkdirSync(join(out, rel), { recursive: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const child = rel ? rel + '/' + entry.name : entry.name;
    if (entry.isDirectory()) walk(path, child);
    else {
      const bytes = readFileSync(path);
      writeFileSync(join(out, child + '.json'), JSON.stringify({ path, bytes: bytes.length }) + '\\n');
    }
  }
}
walk(source, '');
`;

// Runs in every process measured (and is inherited by worker threads, where it does nothing):
// at exit, the process's peak resident set (kB) and CPU time of all its threads (µs) go to the
// file the bench names. CPU time is the steadier figure when other work shares the machine.
const PEAK_SCRIPT = `import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const file = process.env.AGENDA_PARSE_BENCH_PEAK_FILE;
if (isMainThread && file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
  });
}
`;

function parseArgs(argv) {
  const options = { count: 2000, rounds: null, jobs: [1, 2], keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--keep') options.keep = true;
    else if (flag === '--count') options.count = Math.max(1, Math.floor(Number(argv[++i])) || options.count);
    else if (flag === '--rounds') options.rounds = Math.max(1, Math.floor(Number(argv[++i])) || 1);
    else if (flag === '--jobs') options.jobs = argv[++i].split(',').map(Number).filter((n) => n > 0);
  }
  return options;
}

function findFixtures(dir = join(ROOT, 'fixtures')) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findFixtures(path));
    else if (entry.name.endsWith('.txt')) found.push(path);
  }
  return found;
}

/**
 * N documents under `<corpus>/<lang>/<batch of 100>/`: fixture i mod F, its bytes followed by
 * i mod 5 newlines, so that contents (and hashes) vary while every one parses as its fixture.
 */
export function generateCorpus(count, folder) {
  const fixtures = findFixtures().map((path) => ({
    lang: basename(dirname(path)),
    name: basename(path, '.txt'),
    bytes: readFileSync(path),
  }));
  if (fixtures.length === 0) throw new Error('no fixtures/**/*.txt to build a corpus from');
  const made = new Set();
  for (let i = 0; i < count; i++) {
    const fixture = fixtures[i % fixtures.length];
    const dir = join(folder, fixture.lang, String(Math.floor(i / 100)).padStart(4, '0'));
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(join(dir, `${fixture.name}-${i}.txt`), Buffer.concat([fixture.bytes, Buffer.from('\n'.repeat(i % 5))]));
  }
  return fixtures.map((f) => relative(ROOT, join(ROOT, 'fixtures', f.lang, f.name + '.txt')));
}

function countFiles(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) n += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
  return n;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function timeProcess(args, { peakFile, preload }) {
  rmSync(peakFile, { force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, AGENDA_PARSE_BENCH_PEAK_FILE: peakFile },
  });
  const ms = performance.now() - started;
  let usage = { maxRssKb: null, cpuUs: null };
  try {
    usage = JSON.parse(readFileSync(peakFile, 'utf8'));
  } catch {
    // the process died before its exit handler
  }
  return { ms, peakKb: usage.maxRssKb, cpuMs: usage.cpuUs === null ? null : usage.cpuUs / 1000, status: run.status, stderr: run.stderr.toString() };
}

export async function runBatchBench(options = {}) {
  const { count = 2000, jobs = [1, 2], keep = false } = options;
  const rounds = options.rounds ?? (count > 5000 ? 1 : 3);
  const work = mkdtempSync(join(os.tmpdir(), 'agenda-parse-bench-batch-'));
  const corpus = join(work, 'corpus');
  const peakFile = join(work, 'peak.kb');
  const floorScript = join(work, 'floor.mjs');
  const preloadPath = join(work, 'peak.mjs');
  writeFileSync(floorScript, FLOOR_SCRIPT);
  writeFileSync(preloadPath, PEAK_SCRIPT);
  const preload = pathToFileURL(preloadPath).href;
  try {
    const fixtures = generateCorpus(count, corpus);
    const variants = [
      { name: 'floor', args: (out) => [floorScript, corpus, out] },
      ...jobs.map((n) => ({ name: `jobs${n}`, jobs: n, args: (out) => [BIN, '--jobs', String(n), '--out-dir', out, '-q', corpus] })),
    ];
    const samples = Object.fromEntries(variants.map((v) => [v.name, { ms: [], peakKb: [], cpuMs: [] }]));
    const problems = [];
    for (let round = 0; round < rounds; round++) {
      for (const variant of variants) {
        // A fresh folder for every run, and nothing deleted until all are timed: on ext4, creating
        // files soon after thousands were deleted is several times dearer (the inode allocator
        // steps over each recently freed inode), so a run right after the last run's outputs were
        // removed measured the deletion, not the run: the floor alone swung between 0.14 and 1.5 s.
        const out = join(work, `out-${variant.name}-${round}`);
        const result = timeProcess(variant.args(out), { peakFile, preload });
        samples[variant.name].ms.push(result.ms);
        if (result.peakKb !== null) samples[variant.name].peakKb.push(result.peakKb);
        if (result.cpuMs !== null) samples[variant.name].cpuMs.push(result.cpuMs);
        if (round === 0) {
          const written = countFiles(out);
          if (result.status !== 0 || written !== count) {
            problems.push(`${variant.name}: exit ${result.status}, ${written} outputs for ${count} documents ${result.stderr.slice(0, 300)}`);
          }
        }
      }
    }
    const floorMs = median(samples.floor.ms);
    const figures = {};
    for (const variant of variants) {
      const ms = median(samples[variant.name].ms);
      figures[variant.name] = {
        wallMs: Math.round(ms),
        docsPerSecond: Math.round((count / ms) * 1000),
        floorRatio: Number((ms / floorMs).toFixed(2)),
        peakMb: samples[variant.name].peakKb.length ? Number((Math.max(...samples[variant.name].peakKb) / 1024).toFixed(1)) : null,
        cpuMsPerDocument: samples[variant.name].cpuMs.length ? Number((median(samples[variant.name].cpuMs) / count).toFixed(3)) : null,
        roundsMs: samples[variant.name].ms.map(Math.round),
      };
    }
    return { count, rounds, cores: os.availableParallelism(), loadAverage: os.loadavg()[0], fixtures, figures, problems, corpus: keep ? corpus : null };
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

export function printBatchBench(results, log = console.log) {
  const { count, rounds, cores, loadAverage, fixtures, figures, problems } = results;
  const mark = (ok) => (ok ? 'ok' : 'over');
  log(`batch: ${count} documents (variants of ${fixtures.length} fixture${fixtures.length === 1 ? '' : 's'}), ${cores} cores, median of ${rounds} round${rounds === 1 ? '' : 's'}, load average ${loadAverage.toFixed(2)} at the end`);
  for (const [name, f] of Object.entries(figures)) {
    const label = name === 'floor' ? 'floor (read + trivial JSON)' : `agenda-parse --jobs ${name.slice(4)}`;
    log(
      `  ${label.padEnd(28)} ${(f.wallMs / 1000).toFixed(2).padStart(7)} s ${String(f.docsPerSecond).padStart(7)} docs/s` +
        `  ${String(f.floorRatio).padStart(6)}× floor  peak ${f.peakMb ?? '?'} MB  CPU ${f.cpuMsPerDocument ?? '?'} ms/doc`,
    );
  }
  const two = figures.jobs2;
  if (two) {
    log(`  target ≥ ${BATCH_TARGETS.docsPerSecondJobs2} docs/s with --jobs 2: ${mark(two.docsPerSecond >= BATCH_TARGETS.docsPerSecondJobs2)}`);
    log(`  target ≤ ${BATCH_TARGETS.floorRatioJobs2}× floor with --jobs 2: ${mark(two.floorRatio <= BATCH_TARGETS.floorRatioJobs2)}`);
  }
  const peaks = Object.entries(figures).filter(([name]) => name !== 'floor').map(([, f]) => f.peakMb ?? Infinity);
  log(`  target peak < ${BATCH_TARGETS.peakMb} MB: ${mark(Math.max(...peaks) < BATCH_TARGETS.peakMb)}`);
  for (const problem of problems) log(`  PROBLEM ${problem}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseArgs(process.argv.slice(2));
  const results = await runBatchBench(options);
  printBatchBench(results);
  if (results.corpus) console.log(`  corpus kept in ${results.corpus}`);
}
