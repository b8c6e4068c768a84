// A pool of worker threads, each converting one document at a time. Workers start on demand (a
// batch of one document starts one), and a worker that overruns --timeout is terminated — the
// only way to stop a synchronous parse — its document reported as TIMEOUT, and a fresh worker
// takes its place when there is more work.
//
// Each worker is handed up to PIPELINE documents at once, so that it starts the next as soon as
// it finishes one instead of idling while the main thread (which shares the cores) answers. The
// time limit runs for the document a worker is on: the first of its list.
//
// Tried and not kept (2,000 documents, --jobs 2, NDJSON, 6 alternating runs on a loaded machine):
// - Runs of consecutive inputs per worker (each worker warms up on fewer languages): runs of 500
//   and 1,000 with a 2,048-input window cost 2.6% and 4.4% less CPU (5.00 → 4.87 / 4.78 s), no
//   wall time gain to be seen; the reorder buffer must then hold a run's worth of NDJSON lines
//   (10–20 MB here, unbounded for large documents), where one or two at a time holds 16.
// - A V8 code cache for the worker's parser (a CommonJS build run through vm.Script with
//   cachedData made after warm-up): 522 → 500 ms CPU over a worker's first 100 documents (10
//   alternating runs), about 1% of a batch: not worth a second build of the parser.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { DocumentTask, Outcome } from '../task.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from '../worker.js';

export interface PoolOptions {
  size: number;
  workerUrl: URL;
  init: WorkerInit;
  timeoutMs: number;
  /** A worker stopped at the test hook before renaming its output. */
  onPaused?: () => void;
  /** Replace a worker after this many documents (default RECYCLE_AFTER; tests set it low). */
  recycleAfter?: number;
}

export interface JobOptions {
  /** Test hook: stop this document just before its output is renamed into place. */
  pause?: boolean;
  /** Removed if the worker is killed while on this job (its temporary output). */
  cleanup?: string | null;
}

interface Job {
  id: number;
  task: DocumentTask;
  options: JobOptions;
  resolve: (outcome: Outcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Handed to this worker, in order; it is working on the first. */
  jobs: Job[];
  /** Documents handed to this worker so far. */
  handed: number;
  timer: NodeJS.Timeout | null;
}

const PIPELINE = 2;
/**
 * A worker is replaced after this many documents. A thread's heap mostly grows (V8 sizes it by
 * recent allocation and seldom hands pages back), so a fresh worker now and then keeps memory
 * flat however long the batch; every restart pays the parser's warm-up again (JIT, regular
 * expressions), about 5% of a worker's time at one restart per 2,000 documents, hence 5,000.
 */
export const RECYCLE_AFTER = 5000;
/** The young generation of a worker's heap: beyond this, V8's default costs memory, not speed (measured). */
const YOUNG_GENERATION_MB = 16;

/**
 * A batch of a few thousand documents spends much of each worker's life warming up, and V8's
 * optimising compiler is the dearest part of that: it compiles on background threads, for every
 * worker again, so when the workers fill every core it takes CPU from them.
 * - Without TurboFan inlining, 2,000 documents with --jobs 2 took 3.7 s of CPU against 4.5 s,
 *   with the same speed once warm (bench/batch.mjs, NDJSON output).
 * - When the workers fill every core, a function is optimised only after 300,000 units of
 *   interpreter budget instead of V8's 67,584: the lukewarm functions are no longer compiled.
 *   2,000 documents, --jobs 2 on 2 cores, NDJSON, 5 alternating runs: 2.47 → 2.13 s wall,
 *   4.32 → 3.76 s CPU; --jobs 1 on the same documents: the same wall, less CPU. With cores to
 *   spare the compiles cost the workers nothing, and the default budget warms them sooner.
 * V8 flags belong to the process, so these are set once, before the first worker's isolate
 * exists; code the main thread has already optimised is not affected, and it optimises little.
 */
const SATURATED_INTERRUPT_BUDGET = 300_000;
let jitTuned = false;
function tuneJitForWorkers(workers: number): void {
  if (jitTuned) return;
  jitTuned = true;
  setFlagsFromString('--no-turbo-inlining');
  if (workers >= availableParallelism()) setFlagsFromString(`--interrupt-budget=${SATURATED_INTERRUPT_BUDGET}`);
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private fatal: Error | null = null;
  private closed = false;
  private readonly recycleAfter: number;

  constructor(
    private readonly options: PoolOptions,
    private readonly removeFile: (path: string) => void,
  ) {
    this.recycleAfter = options.recycleAfter ?? RECYCLE_AFTER;
  }

  run(task: DocumentTask, options: JobOptions = {}): Promise<Outcome> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, options, resolve, reject });
      this.pump();
    });
  }

  /** Stop every worker now; returns the temporary outputs of the jobs they were on. */
  abort(): string[] {
    this.closed = true;
    const leftovers: string[] = [];
    for (const slot of this.slots) {
      for (const job of slot.jobs) if (job.options.cleanup) leftovers.push(job.options.cleanup);
      this.retire(slot);
    }
    return leftovers;
  }

  async close(): Promise<void> {
    this.closed = true;
    const exits = [...this.slots].map((slot) => slot.worker.terminate());
    this.slots.clear();
    await Promise.all(exits);
  }

  private pump(): void {
    if (this.closed) return;
    // Fill the least loaded ready workers first: idle ones, then a second document each.
    for (let depth = 0; depth < PIPELINE && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) break;
        if (slot.ready && slot.jobs.length === depth && slot.handed < this.recycleAfter) this.dispatch(slot, this.queue.shift()!);
      }
    }
    let starting = 0;
    for (const slot of this.slots) if (!slot.ready) starting++;
    // A new worker asks for work when it is ready (its 'ready' message pumps again).
    while (this.queue.length > starting && this.slots.size < this.options.size) {
      this.spawn();
      starting++;
    }
  }

  private spawn(): void {
    tuneJitForWorkers(this.options.size);
    // stdout: true keeps a worker's stray console output (a library's warning) off our stdout,
    // which carries JSON only; it goes to stderr instead.
    const worker = new Worker(this.options.workerUrl, {
      workerData: this.options.init,
      stdout: true,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.stdout.pipe(process.stderr, { end: false });
    const slot: Slot = { worker, ready: false, jobs: [], handed: 0, timer: null };
    this.slots.add(slot);
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on('error', (error) => this.onDeath(slot, error));
    worker.on('exit', (code) => this.onDeath(slot, new Error(`the worker exited with code ${code}`)));
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (!this.slots.has(slot)) return; // retired: a late message
    if (reply.type === 'ready') {
      slot.ready = true;
      this.pump();
    } else if (reply.type === 'paused') {
      this.options.onPaused?.();
    } else if (reply.type === 'done' && slot.jobs[0]?.id === reply.id) {
      const job = slot.jobs.shift()!;
      this.startClock(slot);
      if (slot.handed >= this.recycleAfter && slot.jobs.length === 0) this.retire(slot);
      job.resolve(reply.outcome);
      this.pump();
    }
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    slot.handed++;
    const request: WorkerRequest = { id: job.id, task: job.task, pause: job.options.pause === true };
    slot.worker.postMessage(request);
    if (slot.jobs.length === 1) this.startClock(slot);
  }

  /**
   * The worker has just started on its first job (or has none left). A running clock is re-armed
   * (refresh), not replaced: one timer per worker for the whole batch, not one per document.
   */
  private startClock(slot: Slot): void {
    if (slot.jobs.length === 0) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
    } else if (slot.timer) {
      slot.timer.refresh();
    } else {
      slot.timer = setTimeout(() => this.onTimeout(slot), this.options.timeoutMs);
    }
  }

  /** A retired worker's jobs after the first were never started: back to the front of the queue. */
  private requeue(jobs: Job[]): void {
    this.queue.unshift(...jobs);
  }

  private onTimeout(slot: Slot): void {
    const [job, ...waiting] = slot.jobs;
    if (!job || !this.slots.has(slot)) return;
    this.retire(slot);
    if (job.options.cleanup) this.removeFile(job.options.cleanup);
    const seconds = this.options.timeoutMs / 1000;
    job.resolve({ status: 'failed', code: 'TIMEOUT', message: `not done after ${seconds} s (--timeout); stopped` });
    this.requeue(waiting);
    this.pump();
  }

  private onDeath(slot: Slot, error: Error): void {
    if (!this.slots.has(slot)) return;
    const [job, ...waiting] = slot.jobs;
    const wasReady = slot.ready;
    this.retire(slot);
    if (job) {
      if (job.options.cleanup) this.removeFile(job.options.cleanup);
      job.resolve({ status: 'failed', code: 'INTERNAL_ERROR', message: `the worker stopped: ${error.message}` });
    }
    this.requeue(waiting);
    if (!wasReady && !this.closed) {
      // A worker that cannot even start will not start next time either: give up on the batch.
      this.fatal = new Error(`cannot start a worker thread: ${error.message}`);
      for (const queued of this.queue.splice(0)) queued.reject(this.fatal);
      return;
    }
    this.pump();
  }

  private retire(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.jobs = [];
    this.slots.delete(slot);
    slot.worker.removeAllListeners('message');
    void slot.worker.terminate();
  }
}
