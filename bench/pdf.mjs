#!/usr/bin/env node
// PDF benchmark: `node bench/pdf.mjs [--docs N] [--rounds N] [--json]` after `node scripts/build.mjs`.
//
// A temporary folder gets N PDFs (default 24): copies of the fixture PDFs (Arabic, English,
// French), each made different by a comment after its %%EOF so that no two files are the same
// bytes. Then, INTERLEAVED round by round so that machine drift hits both sides alike:
//   A. one `agenda-parse --jobs 1 --quiet --compact FOLDER` run over the folder (the batch mode:
//      pdf.js is loaded once), its wall time and peak RSS (Linux rusage, all threads);
//   B. `pdftotext -layout FILE -` once per file, sequentially, the summed wall time.
// The figure is the ratio of the medians, A / B (target: at most 4 with --jobs 1), and the peak
// RSS divided by the number of documents. `--jobs 2` is measured as well. pdftotext comes from
// poppler-utils; without it the ratio is skipped and said so.
//
// A measurement, not a test: it exits 0 and prints "ok" / "over" next to the target.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'agenda-parse.js');
const SOURCES = ['fixtures/ar/CTOC_COP_WG.4_2010_1.pdf', 'fixtures/en/CTOC_COP_WG.4_2010_1.en.pdf', 'fixtures/fr/CAC_COSP_WG.7_2011_1.pdf'];
const TARGET_RATIO = 4;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DOCS = option('--docs', 24);
const ROUNDS = option('--rounds', 5);

function makeFolder() {
  const dir = mkdtempSync(join(os.tmpdir(), 'agenda-parse-pdf-bench-'));
  const files = [];
  for (let i = 0; i < DOCS; i++) {
    const source = SOURCES[i % SOURCES.length];
    const bytes = Buffer.concat([readFileSync(join(ROOT, source)), Buffer.from(`%variant ${i}\n`)]);
    const file = join(dir, `${String(i).padStart(3, '0')}-${source.split('/').pop()}`);
    writeFileSync(file, bytes);
    files.push(file);
  }
  return { dir, files };
}

const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

/**
 * Run a command; wall time in ms and, with `rss`, peak RSS in KiB (GNU time's %M; null without
 * it). Only the CLI runs are wrapped in /usr/bin/time: wrapping each pdftotext run too added an
 * exec of `time` to every file on the pdftotext side (0.75 ms a file, measured: some 6% of
 * pdftotext's time), 24 of them against one on ours, which flattered the ratio.
 */
function timed(command, commandArgs, { rss = false } = {}) {
  const wrap = rss && hasTime;
  const start = process.hrtime.bigint();
  const result = wrap
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rssKiB = wrap ? Number(result.stderr.trim().split('\n').pop()) : null;
  return { ms, rssKiB, stdout: result.stdout };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const havePdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const { dir, files } = makeFolder();
try {
  const cli = (jobs) => timed(process.execPath, [BIN, '--jobs', String(jobs), '--quiet', '--compact', dir], { rss: true });
  // Warm the file cache and check the output once.
  const first = cli(1);
  const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const failed = lines.filter((l) => l.error);
  if (lines.length !== DOCS || failed.length > 0) throw new Error(`expected ${DOCS} documents, got ${lines.length} (${failed.length} errors)`);
  if (havePdftotext) for (const f of files) timed('pdftotext', ['-layout', f, '-']);

  const runs = { jobs1: [], jobs2: [], pdftotext: [], rss1: [], rss2: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const a = cli(1);
    runs.jobs1.push(a.ms);
    if (a.rssKiB !== null) runs.rss1.push(a.rssKiB);
    if (havePdftotext) runs.pdftotext.push(files.reduce((sum, f) => sum + timed('pdftotext', ['-layout', f, '-']).ms, 0));
    const b = cli(2);
    runs.jobs2.push(b.ms);
    if (b.rssKiB !== null) runs.rss2.push(b.rssKiB);
  }

  const result = {
    documents: DOCS,
    rounds: ROUNDS,
    cli: 'one `agenda-parse --jobs N --quiet --compact FOLDER` run (batch mode: pdf.js loaded once)',
    jobs1Ms: Math.round(median(runs.jobs1)),
    jobs2Ms: Math.round(median(runs.jobs2)),
    msPerDocument: Math.round((median(runs.jobs1) / DOCS) * 10) / 10,
    pdftotextMs: havePdftotext ? Math.round(median(runs.pdftotext)) : null,
    ratioJobs1: havePdftotext ? Math.round((median(runs.jobs1) / median(runs.pdftotext)) * 100) / 100 : null,
    ratioJobs2: havePdftotext ? Math.round((median(runs.jobs2) / median(runs.pdftotext)) * 100) / 100 : null,
    peakRssMiB: runs.rss1.length ? Math.round(median(runs.rss1) / 1024) : null,
    peakRssMiBJobs2: runs.rss2.length ? Math.round(median(runs.rss2) / 1024) : null,
    rssPerDocumentMiB: runs.rss1.length ? Math.round((median(runs.rss1) / 1024 / DOCS) * 10) / 10 : null,
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`PDF: ${DOCS} documents, ${ROUNDS} interleaved rounds, medians`);
    console.log(`  agenda-parse --jobs 1   ${result.jobs1Ms} ms (${result.msPerDocument} ms/document)`);
    console.log(`  agenda-parse --jobs 2   ${result.jobs2Ms} ms`);
    if (havePdftotext) {
      console.log(`  pdftotext -layout       ${result.pdftotextMs} ms (once per file)`);
      const verdict = result.ratioJobs1 <= TARGET_RATIO ? 'ok' : 'over';
      console.log(`  ratio --jobs 1          ${result.ratioJobs1}x  (target <= ${TARGET_RATIO}x: ${verdict})`);
      console.log(`  ratio --jobs 2          ${result.ratioJobs2}x`);
    } else {
      console.log('  pdftotext not installed (apt-get install poppler-utils): no ratio');
    }
    if (result.peakRssMiB !== null) {
      console.log(`  peak RSS --jobs 1       ${result.peakRssMiB} MiB, ${result.rssPerDocumentMiB} MiB per document (--jobs 2: ${result.peakRssMiBJobs2} MiB)`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
