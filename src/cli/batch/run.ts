// The batch runner: inputs in, one outcome per input out, in input order. Loaded only when the
// arguments can yield more than one document (or a time limit is asked for), so that converting
// one file never pays for it.
//
// Flow: enumerate inputs lazily → hand each document to the worker pool → collect outcomes,
// which arrive in any order, and emit them in input order. At most `window` inputs are between
// "taken from the enumeration" and "emitted", and none is taken while stdout is not draining:
// that is the back-pressure that keeps memory flat for any number of files.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { convertOptionsFrom, outputPath, temporaryPath, type Outcome, type TestHooks } from '../task.js';
import type { CliOptions } from '../options.js';
import { createReporter, type Reporter } from '../report.js';
import { readStdin } from '../stdin.js';
import { enumerateInputs, type EnumerateOptions, type InputItem } from './inputs.js';
import { MAX_CHUNK, WorkerPool } from './pool.js';
import { createProgress } from './progress.js';

export interface BatchContext {
  workerUrl: URL;
  /** A single input sent to a worker (an explicit --timeout): printed as the single path prints it. */
  single: boolean;
}

interface Counts {
  parsed: number;
  failed: number;
  skipped: number;
  unchanged: number;
  warnings: number;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // best effort: a leftover is hidden and never ends in .json
  }
}

/**
 * Test-only hooks, from the environment: AGENDA_PARSE_TEST_SLOW_MS (+ _SLOW_MATCH, a substring
 * of the path) slows documents down inside the worker; AGENDA_PARSE_TEST_PAUSE_AFTER=N writes N
 * outputs, then stops the next one between its temporary file and the rename, says so on
 * stderr and waits to be killed; AGENDA_PARSE_TEST_RECYCLE_AFTER=N replaces workers after N
 * documents instead of thousands.
 */
function testHooks(): { hooks: TestHooks; pauseAfter: number | null; recycleAfter: number | null } {
  const env = process.env;
  const slowMs = Number(env.AGENDA_PARSE_TEST_SLOW_MS);
  const pauseAfter = Number(env.AGENDA_PARSE_TEST_PAUSE_AFTER);
  const recycleAfter = Number(env.AGENDA_PARSE_TEST_RECYCLE_AFTER);
  return {
    recycleAfter: recycleAfter >= 1 ? Math.floor(recycleAfter) : null,
    hooks: {
      ...(slowMs > 0 ? { slowMs } : {}),
      ...(env.AGENDA_PARSE_TEST_SLOW_MATCH ? { slowMatch: env.AGENDA_PARSE_TEST_SLOW_MATCH } : {}),
    },
    pauseAfter: env.AGENDA_PARSE_TEST_PAUSE_AFTER !== undefined && pauseAfter >= 0 ? Math.floor(pauseAfter) : null,
  };
}

function itemOutcome(item: Exclude<InputItem, { kind: 'document' }>): Outcome {
  return item.kind === 'failed' ? { status: 'failed', code: item.code, message: item.message } : { status: 'skipped', reason: item.note ?? 'not an input' };
}

export async function runBatch(inputs: string[], options: CliOptions, context: BatchContext): Promise<number> {
  const started = performance.now();
  const quiet = options.quiet === true;
  const progress = !quiet && !context.single && process.stderr.isTTY ? createProgress(process.stderr, started) : null;
  const reporter: Reporter = createReporter({ quiet, ...(progress ? { writeLine: progress.writeLine } : {}) });
  const ndjson = !context.single && options.outDir === undefined;

  let outDir: string | null = null;
  let outDirId: string | null = null;
  if (options.outDir !== undefined) {
    outDir = resolve(options.outDir);
    try {
      mkdirSync(outDir, { recursive: true });
      const info = statSync(outDir);
      outDirId = `${info.dev}:${info.ino}`;
    } catch (error) {
      reporter.error(options.outDir, 'WRITE_ERROR', `cannot create the output folder (${(error as Error).message})`);
      return 1;
    }
  }

  const { hooks, pauseAfter, recycleAfter } = testHooks();
  let fatal = null as Error | null; // set from a callback: keep TypeScript from narrowing it to null
  let wakeUp: (() => void) | null = null;
  const wake = () => {
    const resume = wakeUp;
    wakeUp = null;
    resume?.();
  };
  const changed = () => new Promise<void>((resume) => (wakeUp = resume));
  const convert = convertOptionsFrom(
    options,
    outDir !== null
      ? { kind: 'dir', dir: outDir, pretty: options.compact !== true }
      : { kind: 'stdout', format: ndjson ? 'ndjson' : options.compact ? 'compact' : 'pretty' },
    hooks,
  );

  const pool = new WorkerPool(
    {
      size: options.jobs,
      workerUrl: context.workerUrl,
      init: { convert },
      timeoutMs: options.timeout * 1000,
      onPaused: () => process.stderr.write('agenda-parse: test hook: paused before the rename\n'),
      onFatal: (error) => {
        fatal = error;
        wake();
      },
      ...(recycleAfter !== null ? { recycleAfter } : {}),
    },
    removeQuietly,
  );
  const onSignal = (signal: NodeJS.Signals) => {
    for (const path of pool.abort()) removeQuietly(path);
    progress?.finish();
    process.kill(process.pid, signal); // our handler is gone (once): die of the signal as usual
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);

  const enumerateOptions: EnumerateOptions = {
    ...(options.filesFrom !== undefined ? { filesFrom: options.filesFrom } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    withData: true,
    maxBytes: options.maxBytes,
    outDirId,
    readStdin: () => readStdin(options.maxBytes),
  };

  try {
    // The bar's total comes from a walk of its own (cheap next to parsing); not when stdin
    // carries the inputs, since stdin can be read only once.
    let total: number | null = null;
    if (progress && options.filesFrom !== '-' && !inputs.includes('-')) {
      total = 0;
      for await (const item of enumerateInputs(inputs, { ...enumerateOptions, withData: false })) if (item.kind !== 'skipped') total++;
    }

    const counts: Counts = { parsed: 0, failed: 0, skipped: 0, unchanged: 0, warnings: 0 };
    let done = 0;
    // Room for every worker's chunks in flight (pool.ts: PIPELINE of up to MAX_CHUNK each) and as
    // many again queued, from which chunks are sized. NDJSON lines wait here for those before them.
    const window = Math.max(64, options.jobs * 4 * MAX_CHUNK);
    const finished = new Map<number, { item: InputItem; outcome: Outcome }>();
    let taken = 0;
    let emitted = 0;
    let blocked = false;

    const writeOut = (bytes: Uint8Array) => {
      // Several lines can be written in one go while stdout is full (a run of finished outcomes
      // emitted together): one 'drain' listener is enough. One per line piled up past Node's
      // limit of 10 and printed a MaxListenersExceededWarning on stderr whenever stdout was a pipe.
      if (!process.stdout.write(bytes) && !blocked) {
        blocked = true;
        process.stdout.once('drain', () => {
          blocked = false;
          wake();
        });
      }
    };

    // The output of one run of emitted outcomes, written in one go.
    const pieces: Uint8Array[] = [];
    const emit = (item: InputItem, outcome: Outcome) => {
      const display = item.kind === 'document' ? item.task.display : item.display;
      const name = display ?? '<stdin>';
      switch (outcome.status) {
        case 'parsed':
          counts.parsed++;
          counts.warnings += reporter.diagnostics(name, outcome.diagnostics);
          if (outcome.bytes !== undefined) pieces.push(outcome.bytes);
          break;
        case 'failed':
          counts.failed++;
          reporter.error(name, outcome.code, outcome.message);
          if (ndjson) pieces.push(Buffer.from(JSON.stringify({ source: { path: display }, error: { code: outcome.code, message: outcome.message } }) + '\n'));
          break;
        case 'skipped':
          counts.skipped++;
          if (item.kind === 'skipped' && item.note) reporter.note(name, item.note);
          return;
        case 'unchanged':
          counts.unchanged++;
          break;
      }
      done++;
      progress?.update(done, total);
    };

    const complete = (seq: number, item: InputItem, outcome: Outcome) => {
      finished.set(seq, { item, outcome });
      for (let next = finished.get(emitted); next; next = finished.get(emitted)) {
        finished.delete(emitted);
        emitted++;
        emit(next.item, next.outcome);
      }
      if (pieces.length > 0) {
        writeOut(pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces));
        pieces.length = 0;
      }
      wake();
    };

    const outputsSeen = new Set<string>();
    let pausePending = pauseAfter !== null;

    for await (const item of enumerateInputs(inputs, enumerateOptions)) {
      while ((taken - emitted >= window || blocked) && !fatal) await changed();
      if (fatal) break;
      const seq = taken++;
      if (item.kind !== 'document') {
        complete(seq, item, itemOutcome(item));
        continue;
      }
      let cleanup: string | null = null;
      if (outDir !== null && item.task.outRel !== null) {
        const target = outputPath(outDir, item.task.outRel, convert.emitText);
        if (outputsSeen.has(item.task.outRel)) {
          complete(seq, item, { status: 'failed', code: 'OUTPUT_CONFLICT', message: `an earlier input already writes ${target}` });
          continue;
        }
        outputsSeen.add(item.task.outRel);
        cleanup = temporaryPath(target);
      }
      const pause = pausePending && seq >= pauseAfter!;
      if (pause) {
        // Test hook: exactly the inputs before this one are written; this one stops before its rename.
        pausePending = false;
        while (emitted < seq) await changed();
      }
      pool.submit(item.task, { cleanup, pause }, (outcome) => complete(seq, item, outcome));
      if (pause) while (emitted <= seq && !fatal) await changed();
    }
    while (emitted < taken && !fatal) await changed();
    progress?.finish();
    if (fatal) throw fatal;

    if (!context.single) {
      reporter.summary({ ...counts, seconds: (performance.now() - started) / 1000 });
    }
    return counts.failed > 0 || (options.strict === true && counts.warnings > 0) ? 1 : 0;
  } finally {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    progress?.finish();
    await pool.close();
  }
}
