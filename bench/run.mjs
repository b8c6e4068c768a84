#!/usr/bin/env node
// Benchmark for agenda-parse. Run it with `npm run bench` (which builds dist/ first) or
// `node bench/run.mjs [--iterations N] [--warmup N] [--rounds N] [--timeout SECONDS] [--seed N]
// [--ingredients asciiDigits,spaces,...]` (the last restricts the hostile generator, to bisect).
//
// What is measured, and why:
//   1. In-process throughput: parseAgenda() on each fixture, after a warm-up so that the JIT has
//      settled, timed one parse at a time. We report the MEDIAN (robust against GC pauses and
//      other one-off stalls), p90 (how bad the tail is) and the mean (what a batch job pays).
//   2. Cold start: the CLI on one fixture versus a bare `node -e 0`. The two are run INTERLEAVED
//      (A, B, A, B, ...) so that machine drift (CPU frequency, other load, cache state) hits
//      both equally; the ratio of medians is then a fair "cost of our startup" figure.
//   3. Linear time: a hostile 1,000,000-char input versus a 100,000-char one built by the same
//      seeded generator (digits, symbols, brackets, Arabic keywords, whitespace runs: the
//      ingredients our regexes look at). A linear parser gives a ratio of about 10; a regex
//      that backtracks gives much more. Each hostile parse runs in a child process with a
//      watchdog, so a catastrophic regex is reported as "superlinear" instead of hanging us.
//      Four shapes of that content: one line; the same content in short lines; one line with a
//      few white-space runs that grow with the input (a regex quadratic in ONE run's length, such
//      as an unanchored "[\s,]+$", is invisible while runs are bounded); the same with long words.
//      Then agenda-shaped text, where a stage that re-reads a growing block per line, per item or
//      per row shows: one long block without a blank line, many items, many sub-items, many
//      sub-items citing symbols, one footnote line citing many symbols, a long timetable, many
//      masthead-looking lines.
//
// This is a measurement, not a test: it always exits 0 and prints "ok" / "over" next to each
// target. Figures also go to bench/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const MAIN_FIXTURE = 'fixtures/ar/CTOC_COP_WG.4_2010_1.txt';
const RESULTS_PATH = join(ROOT, 'bench', 'results.json');

const TARGETS = {
  medianMs: 2, // per document, in process
  medianMsLater: 1,
  coldStartRatio: 2.5, // CLI / bare node
  linearRatio: 15, // 1 MB / 100 KB
};

// ---------------------------------------------------------------------------------------------
// Small helpers

function parseArgs(argv) {
  const options = { iterations: 500, warmup: 200, rounds: 20, timeoutSeconds: 60, seed: 20100127 };
  const numeric = { '--iterations': 'iterations', '--warmup': 'warmup', '--rounds': 'rounds', '--timeout': 'timeoutSeconds', '--seed': 'seed' };
  for (let i = 0; i < argv.length; i++) {
    const key = numeric[argv[i]];
    if (key === undefined) continue; // unknown flags are ignored: this is a tool, not an API
    const value = Number(argv[++i]);
    if (Number.isFinite(value) && value > 0) options[key] = Math.floor(value);
    else console.error(`bench: ignoring ${argv[i - 1]} ${argv[i]} (expected a positive number)`);
  }
  return options;
}

function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

function median(values) {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
function percentile(values, p) {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

function mean(values) {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function round(value, digits = 3) {
  return value === null || value === undefined ? null : Number(value.toFixed(digits));
}

function status(value, limit) {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  return value <= limit ? 'ok' : 'over';
}

function fmt(value, digits = 3) {
  return value === null || value === undefined ? '—' : value.toFixed(digits);
}

async function loadLibrary() {
  return import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
}

/** Every fixtures/**\/*.txt, as paths relative to the repository root, sorted. */
function findFixtures(dir = join(ROOT, 'fixtures')) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findFixtures(path));
    else if (entry.name.endsWith('.txt')) found.push(relative(ROOT, path).split('\\').join('/'));
  }
  return found.sort();
}

// ---------------------------------------------------------------------------------------------
// 1. In-process throughput

function timeParses(parseAgenda, text, { warmup, iterations }) {
  for (let i = 0; i < warmup; i++) parseAgenda(text);
  const times = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    parseAgenda(text);
    times[i] = performance.now() - start;
  }
  const medianMs = median(times);
  return {
    medianMs,
    p90Ms: percentile(times, 90),
    meanMs: mean(times),
    docsPerSecond: 1000 / mean(times),
  };
}

async function benchInProcess(options) {
  const { parseAgenda } = await loadLibrary();
  const paths = [MAIN_FIXTURE, ...findFixtures().filter((p) => p !== MAIN_FIXTURE)];
  console.log(`\n== 1. In-process parseAgenda (warm-up ${options.warmup}, ${options.iterations} timed parses each)`);
  console.log(`   target: median ≤ ${TARGETS.medianMs} ms (later ≤ ${TARGETS.medianMsLater} ms)`);
  const results = [];
  for (const path of paths) {
    const text = readFileSync(join(ROOT, path), 'utf8');
    let row;
    try {
      row = { path, chars: text.length, ...timeParses(parseAgenda, text, options) };
    } catch (error) {
      row = { path, chars: text.length, error: String(error?.message ?? error) };
      console.log(`   ${path}: FAILED to parse: ${row.error}`);
      results.push(row);
      continue;
    }
    row.status = status(row.medianMs, TARGETS.medianMs);
    row.statusLater = status(row.medianMs, TARGETS.medianMsLater);
    console.log(
      `   ${path} (${row.chars} chars): median ${fmt(row.medianMs)} ms, p90 ${fmt(row.p90Ms)} ms, ` +
        `mean ${fmt(row.meanMs)} ms, ${row.docsPerSecond.toFixed(0)} docs/s  ` +
        `[≤${TARGETS.medianMs} ms: ${row.status}; ≤${TARGETS.medianMsLater} ms: ${row.statusLater}]`,
    );
    results.push(row);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// 2. Cold start, interleaved

function wallMs(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: run.status, stderr: run.stderr?.toString() ?? '' };
}

function benchColdStart({ rounds }) {
  const cliArgs = ['bin/agenda-parse.js', '--quiet', MAIN_FIXTURE];
  const bareArgs = ['-e', '0'];
  console.log(`\n== 2. Cold start: node ${cliArgs.join(' ')}  vs  node -e 0 (${rounds} interleaved rounds)`);
  console.log(`   target: ratio ≤ ${TARGETS.coldStartRatio}`);
  // One discarded pair first, so that the first timed round does not pay for a cold disk cache.
  wallMs(cliArgs);
  wallMs(bareArgs);
  const cli = [];
  const bare = [];
  let failure = null;
  for (let i = 0; i < rounds; i++) {
    const a = wallMs(cliArgs);
    if (a.status !== 0 && failure === null) failure = `CLI exited ${a.status}: ${a.stderr.trim().split('\n')[0]}`;
    cli.push(a.ms);
    bare.push(wallMs(bareArgs).ms);
  }
  const result = { rounds, cliMedianMs: median(cli), nodeMedianMs: median(bare) };
  result.ratio = result.cliMedianMs / result.nodeMedianMs;
  result.status = status(result.ratio, TARGETS.coldStartRatio);
  if (failure) result.error = failure;
  console.log(`   CLI median ${fmt(result.cliMedianMs, 1)} ms, bare node median ${fmt(result.nodeMedianMs, 1)} ms, ratio ${fmt(result.ratio, 2)}  [${result.status}]`);
  if (failure) console.log(`   note: ${failure}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// 3. Linear time on hostile input

/** mulberry32: a tiny deterministic PRNG, so every run builds the same hostile text. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The things our patterns match on (symbols, numbering, dates, times, mandates), in pieces, so
// that the generator produces near-misses: half a symbol, a date without its year, and so on.
// Named, so that a superlinear case can be bisected with `--ingredients a,b,c`.
const INGREDIENTS = {
  asciiDigits: ['0', '1', '7', '2010', '64', '12', '99999'],
  arabicDigits: ['٠', '١', '٢', '٧', '٢٠١٠', '٦٤', '٩٩٩٩٩'],
  slashes: ['/', '//'],
  brackets: ['(', ')', '[', ']', '()', '[]', '(أ)', '(b)'],
  dots: ['.', '..', '...'],
  hyphens: ['-', '--', '–'],
  spaces: [' ', '  '],
  dates: ['٢٧ كانون الثاني/يناير ٢٠١٠', '27 January 2010', '٢٧-٢٩ كانون الثاني/يناير', 'يوم الأربعاء، ٢٧ كانون الثاني/يناير'],
  arabicWords: ['المقرر', 'قرار', 'المادة', 'الفقرة', 'كانون الثاني/يناير', 'الساعة', 'جدول الأعمال', 'البند', 'الوثيقة', 'و', 'في'],
  arabicLetters: ['ا', 'ل', 'م', 'ق', 'ر', 'ة', 'ي', 'ن', 'ب'],
  latinSymbols: ['A/', 'WG.', 'CTOC/COP/', 'Add.', 'Rev.', 'Corr.', 'L.', 'E/CN.', 'S/RES/', 'a.m.', 'p.m.'],
  // Runs of white space between words: what "\s*…\s*" pairs and "[\s…]+$" backtrack on.
  whitespaceRuns: ['      ', '\t', '\t\t\t', ' \t \t ', ' '.repeat(32), '\t'.repeat(64), ' \t'.repeat(128)],
};

function generateHostile(length, seed, ingredients = Object.keys(INGREDIENTS)) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const pieces = [];
  let size = 0;
  while (size < length) {
    const piece = pick(INGREDIENTS[pick(ingredients)]);
    pieces.push(piece);
    size += piece.length;
  }
  return pieces.join('').slice(0, length);
}

/**
 * Half the length of the same kind of content, in 10 chunks, each after a white-space run of
 * length/20: "word RUN chunk RUN chunk …". A regex that is quadratic in the length of ONE run
 * stays linear in the input while runs are bounded; it shows only when the runs grow with it.
 */
function withLongRuns(length, seed, ingredients, kind = 'space') {
  const chunks = 10;
  const runLength = Math.floor(length / 20);
  const runs =
    kind === 'space'
      ? [' '.repeat(runLength), '\t'.repeat(runLength), ' \t'.repeat(runLength >> 1)]
      : // One word as long as the run, in three scripts: a pattern that rescans a word from each
        // of its letters (a word before "session", a compound ordinal) shows here.
        ['a'.repeat(runLength), 'ж'.repeat(runLength), 'س'.repeat(runLength)];
  const content = generateHostile(length - chunks * runLength - 1, seed, ingredients);
  const size = Math.ceil(content.length / chunks);
  let text = 'x'; // a first word, so that the line does not start (and get trimmed) with a run
  for (let i = 0; i < chunks; i++) text += runs[i % runs.length] + content.slice(i * size, (i + 1) * size);
  return text;
}

/** The same content, broken into lines of random length 1–200 (the breaks are added). */
function breakIntoLines(text, seed) {
  const random = prng(seed ^ 0x5eed);
  const lines = [];
  for (let at = 0; at < text.length; ) {
    const length = 1 + Math.floor(random() * 200);
    lines.push(text.slice(at, at + length));
    at += length;
  }
  return lines.join('\n');
}

// Agenda-shaped text for the structural shapes: a stage that re-reads a growing block per line,
// per item or per row of it is quadratic in that block, whatever its characters.
const MASTHEAD = 'United Nations\tE/CN.21/2011/1\n\nEconomic and Social Council\tDistr.: General\n9 December 2010\n\nOriginal: English\n\nCommission on Water Resources Cooperation\nThird session\nNew York, 28 February-4 March 2011\n\n';

/** `head`, then `unit(0)`, `unit(1)`, … joined by `separator` up to `length` characters, then `tail`. */
function repeatedTo(length, head, unit, separator, tail) {
  const units = [];
  let size = head.length + tail.length;
  for (let i = 0; size < length; i++) {
    const text = unit(i);
    units.push(text);
    size += text.length + separator.length;
  }
  return head + units.join(separator) + tail;
}

const proseLine = (i) => `The Commission will consider the report of the Secretary-General on item ${i} and may wish to take note of it`;
const subLetter = (i) => String.fromCharCode(0x61 + (i % 26));

/**
 * One item with lettered sub-items: `listShare` of the length in the list, the rest in the
 * annotations, each sub-item again under its heading with what `annotation` puts under it,
 * joined by `separator` (a page break for PDF-shaped input).
 */
function annotatedSubItemsTo(length, listShare, annotation, separator = '\n\n') {
  const list = repeatedTo(length * listShare, '', (i) => `(${subLetter(i)}) Consideration of sub-question ${i + 1};`, '\n\n', '');
  const annotations = repeatedTo(
    length * (1 - listShare),
    '',
    (i) => `(${subLetter(i)}) Consideration of sub-question ${i + 1}\n\n${annotation(i)}`,
    separator,
    '',
  );
  return `${MASTHEAD}Provisional agenda\n\n1. Questions:\n\n${list}\n\n2. Other matters.\n\nAnnotations\n\n1. Questions\n\n${annotations}\n`;
}

const STRUCTURAL_SHAPES = {
  // The same block twice (list and annotations): each half is half the length.
  'long-block': (length) => {
    const block = repeatedTo(length / 2, '', proseLine, '\n', '');
    return `${MASTHEAD}Provisional agenda\n\n1. Election of officers\n${block}\n\n2. Adoption of the agenda.\n\nAnnotations\n\n1. Election of officers\n${block}\n\n2. Adoption of the agenda\n\nThe agenda will be adopted.\n`;
  },
  'many-items': (length) =>
    repeatedTo(length, `${MASTHEAD}Provisional agenda\n\n`, (i) => `${i + 1}. Consideration of question number ${i + 1}.`, '\n', '\n'),
  // The sub-items in the list, and each under its heading in the annotations: half the length each.
  'many-sub-items': (length) => annotatedSubItemsTo(length, 1 / 2, (i) => `Text ${i}.`),
  // The same, each sub-item annotated with a sentence citing a symbol and a documentation list of
  // it: a fifth of the length in the list, the rest in the annotations (about as many sub-items).
  'many-symbols': (length) =>
    annotatedSubItemsTo(
      length,
      1 / 5,
      (i) => `The Commission will consider document E/CN.21/2011/${i + 2}.\n\nDocumentation\n\nReport of the Secretary-General (E/CN.21/2011/${i + 2})`,
    ),
  // The same, each sub-item annotated with a sentence citing the same resolution.
  'many-mandates': (length) => annotatedSubItemsTo(length, 1 / 5, () => 'The Commission will consider the question in accordance with General Assembly resolution 65/1.'),
  // PDF input (page starts given): each sub-item's annotation on a page of its own, citing a symbol
  // and a date, so that many spans fall on late pages.
  'many-pages': (length) =>
    annotatedSubItemsTo(length, 1 / 5, (i) => `The Commission will consider document E/CN.21/2011/${i + 2}, issued on 9 December 2010.`, '\n\f\n'),
  'long-footnote': (length) =>
    repeatedTo(
      length,
      `${MASTHEAD}Provisional agenda\n\n1. Opening.\n\nAnnotations\n\n1. Opening\n\nThe Commission will consider the reports.1\n\n__________\n\n1 See the reports of the Secretary-General in documents `,
      (i) => `E/CN.21/2011/${i + 2}`,
      ', ',
      '.\n',
    ),
  timetable: (length) =>
    repeatedTo(
      length,
      `${MASTHEAD}Provisional agenda\n\n1. Opening.\n\nAnnotations\n\n1. Opening\n\nText.\n\nAnnex\n\nProposed organization of work\n\n`,
      (i) => `Monday, ${1 + (i % 28)} March 2011\n10 a.m.-1 p.m. 1 Opening of the session\n3-6 p.m. 2 Adoption of the agenda`,
      '\n',
      '\n',
    ),
  mastheads: (length) =>
    repeatedTo(length, '', (i) => `United Nations\tE/CN.21/2011/${i + 1}\nEconomic and Social Council\tDistr.: General\n9 December 2010\nOriginal: English`, '\n', '\n\nProvisional agenda\n\n1. Opening.\n'),
};

/** Shapes parsed as PDF input: with page starts. */
const PDF_SHAPES = new Set(['many-pages']);

/** Where each page starts in a text whose pages are separated as the PDF reader separates them. */
function pageStartsOf(text) {
  const starts = [0];
  for (let at = text.indexOf('\n\f\n'); at >= 0; at = text.indexOf('\n\f\n', at + 3)) starts.push(at + 3);
  return starts;
}

const SHAPES = {
  'single-line': 'one line',
  'multi-line': 'the same content in lines of 1–200 chars',
  'long-runs': 'one line, 10 white-space runs of length/20 chars',
  'long-words': 'one line, 10 words of length/20 letters',
  'long-block': 'an item title, then lines without a blank line, in the list and under its heading',
  'many-items': 'numbered items, one a line',
  'many-sub-items': 'one item, its lettered sub-items annotated',
  'many-symbols': 'one item, its lettered sub-items annotated citing symbols',
  'many-mandates': 'one item, its lettered sub-items annotated citing one resolution',
  'many-pages': 'PDF input of many pages, one annotated sub-item a page',
  'long-footnote': 'a footnote of one line citing symbols',
  timetable: 'an annexed organization of work, dated rows of one cell',
  mastheads: 'masthead-looking blocks, then a list',
};

function hostileText({ shape, length, seed, ingredients }) {
  if (shape in STRUCTURAL_SHAPES) return STRUCTURAL_SHAPES[shape](length);
  if (shape === 'long-runs') return withLongRuns(length, seed, ingredients);
  if (shape === 'long-words') return withLongRuns(length, seed, ingredients, 'letters');
  const line = generateHostile(length, seed, ingredients);
  return shape === 'multi-line' ? breakIntoLines(line, seed) : line;
}

/** After a parse this slow, noise no longer matters: skip the remaining repeats. */
const SLOW_ENOUGH_MS = 5000;

/**
 * Child mode: build one hostile text, parse it `repeats` times and print one JSON line per
 * parse, so that the parent's watchdog can tell a slow parse from a dead one.
 */
async function hostileChild(spec) {
  const { parseAgenda } = await loadLibrary();
  const text = hostileText(spec);
  // The PDF shapes are parsed with their page starts, as parseFile passes the PDF reader's.
  const options = PDF_SHAPES.has(spec.shape) ? { source: { format: 'pdf', pageStarts: pageStartsOf(text) } } : {};
  process.stdout.write(JSON.stringify({ ready: true, chars: text.length }) + '\n');
  for (let i = 0; i < spec.repeats; i++) {
    const start = performance.now();
    let error = null;
    try {
      parseAgenda(text, options);
    } catch (e) {
      error = String(e?.message ?? e).slice(0, 200);
    }
    const ms = performance.now() - start;
    process.stdout.write(JSON.stringify({ ms, error }) + '\n');
    if (ms > SLOW_ENOUGH_MS) break;
  }
}

/** Run one hostile spec in a child; resolves to { bestMs, times, chars, error?, timedOut? }. */
function runHostile(spec, timeoutSeconds) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SELF, '--hostile-child', JSON.stringify(spec)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result = { chars: null, times: [], bestMs: null, error: null, timedOut: false };
    let buffer = '';
    let stderr = '';
    let timer = null;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        result.timedOut = true;
        child.kill('SIGKILL');
      }, timeoutSeconds * 1000);
    };
    arm();
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const message = JSON.parse(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        if (message.ready) result.chars = message.chars;
        else {
          result.times.push(message.ms);
          if (message.error) result.error = message.error;
        }
        arm(); // each parse gets its own time limit
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (result.times.length) result.bestMs = Math.min(...result.times);
      if (result.timedOut) result.error = `a parse took more than ${timeoutSeconds} s (superlinear)`;
      else if (code !== 0 && !result.error) result.error = `child exited ${code}: ${stderr.trim().split('\n').pop()}`;
      resolve(result);
    });
  });
}

function timeText(result, timeoutSeconds) {
  return result.timedOut ? `> ${timeoutSeconds} s` : `${fmt(result.bestMs, 1)} ms`;
}

async function benchLinearity({ seed, timeoutSeconds }, ingredients) {
  console.log(`\n== 3. Linear time on hostile input (best of 3, seed ${seed}, ${timeoutSeconds} s limit per parse)`);
  console.log(`   target: time(1,000,000 chars) / time(100,000 chars) ≤ ${TARGETS.linearRatio} (≈10 is linear)`);
  if (ingredients) console.log(`   ingredients: ${ingredients.join(', ')}`);
  const results = [];
  for (const shape of Object.keys(SHAPES)) {
    const run = (length) => runHostile({ shape, length, seed, ingredients, repeats: 3 }, timeoutSeconds);
    const small = await run(100_000);
    const large = await run(1_000_000);
    const row = { shape, description: SHAPES[shape], smallChars: small.chars, largeChars: large.chars, smallMs: small.bestMs, largeMs: large.bestMs };
    row.ratio = small.bestMs && large.bestMs && !large.timedOut ? large.bestMs / small.bestMs : null;
    row.superlinear = small.timedOut || large.timedOut;
    row.status = row.superlinear ? 'over' : status(row.ratio, TARGETS.linearRatio);
    const errors = [small.error && `100K: ${small.error}`, large.error && `1M: ${large.error}`].filter(Boolean);
    if (errors.length) row.error = errors.join('; ');
    console.log(
      `   ${shape} (${SHAPES[shape]}): 100K ${timeText(small, timeoutSeconds)}, 1M ${timeText(large, timeoutSeconds)}, ` +
        `ratio ${fmt(row.ratio, 1)}  [${row.status}]` +
        (row.superlinear || row.status === 'over' ? '  SUPERLINEAR' : ''),
    );
    if (row.error) console.log(`   note: ${row.error}`);
    results.push(row);
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// 4. Summary

function printSummary({ inProcess, coldStart, linearity }) {
  const rows = [['measure', 'figure', 'target', 'status']];
  for (const r of inProcess) {
    if (r.error) rows.push([`parse ${r.path}`, 'error', `≤ ${TARGETS.medianMs} ms`, 'n/a']);
    else rows.push([`parse ${r.path} (median)`, `${fmt(r.medianMs)} ms`, `≤ ${TARGETS.medianMs} ms (later ${TARGETS.medianMsLater})`, `${r.status} (later: ${r.statusLater})`]);
  }
  rows.push(['cold start CLI (median)', `${fmt(coldStart.cliMedianMs, 1)} ms`, '', '']);
  rows.push(['cold start node -e 0 (median)', `${fmt(coldStart.nodeMedianMs, 1)} ms`, '', '']);
  rows.push(['cold start ratio', fmt(coldStart.ratio, 2), `≤ ${TARGETS.coldStartRatio}`, coldStart.status]);
  for (const r of linearity) {
    rows.push([`hostile ${r.shape} 1M/100K`, r.superlinear ? 'timed out' : `${fmt(r.ratio, 1)} (${fmt(r.largeMs, 0)}/${fmt(r.smallMs, 0)} ms)`, `≤ ${TARGETS.linearRatio}`, r.status]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  console.log('\n== Summary');
  for (const [i, row] of rows.entries()) {
    console.log('   ' + row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
    if (i === 0) console.log('   ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function toJson(options, { inProcess, coldStart, linearity }) {
  const roundAll = (object) =>
    Object.fromEntries(Object.entries(object).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? round(v) : v]));
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: os.cpus()[0]?.model ?? null,
    options,
    targets: TARGETS,
    inProcess: inProcess.map(roundAll),
    coldStart: roundAll(coldStart),
    linearity: linearity.map(roundAll),
  };
}

async function main() {
  const argv = process.argv.slice(2);
  const childAt = argv.indexOf('--hostile-child');
  if (childAt >= 0) return hostileChild(JSON.parse(argv[childAt + 1]));

  const options = parseArgs(argv);
  const ingredientsAt = argv.indexOf('--ingredients'); // for bisecting a superlinear case
  const chosen = ingredientsAt >= 0 ? String(argv[ingredientsAt + 1]).split(',').filter((n) => n in INGREDIENTS) : [];
  const ingredients = chosen.length ? chosen : undefined;
  console.log(`agenda-parse benchmark — node ${process.version}, ${process.platform} ${process.arch}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);

  const inProcess = await benchInProcess(options);
  const coldStart = benchColdStart(options);
  const linearity = await benchLinearity(options, ingredients);
  const figures = { inProcess, coldStart, linearity };

  printSummary(figures);
  writeFileSync(RESULTS_PATH, JSON.stringify(toJson({ ...options, ingredients: ingredients ?? null }, figures), null, 2) + '\n');
  console.log(`\nwrote ${relative(ROOT, RESULTS_PATH)}`);
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (error) => {
    // Still a measurement: report what broke, but do not fail the run.
    console.error(`bench: ${error?.stack ?? error}`);
    process.exitCode = 0;
  },
);
