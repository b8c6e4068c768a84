// A pool of worker threads that convert documents. Workers start on demand (a batch of one
// document starts one), and a worker that overruns --timeout on a document is terminated — the
// only way to stop a synchronous parse — that document reported as TIMEOUT, and a fresh worker
// takes its place when there is more work.
//
// Documents go to a worker in chunks, and its answer carries the outcomes of a whole chunk: one
// message each way per chunk instead of per document. Every answer wakes the main thread, which
// shares the cores with the workers and preempts one each time. 2,000 documents, --jobs 2,
// NDJSON: the main thread's CPU (per thread, from /proc) went from 290 to 215 ms with chunks of
// up to 8 (205 ms with 16); chunked requests with one answer per document left it at 280 ms.
// On a quiet machine, 6 alternating runs each: --out-dir 2.35 -> 2.17 s wall, 4.47 -> 4.17 s CPU;
// NDJSON 2.05 -> 1.98 s, 3.89 -> 3.77 s CPU. (On a machine loaded by other work, fewer wake-ups
// also mean the scheduler hands the workers the cores less often, and wall time there was worse.)
// A worker holds up to PIPELINE chunks, so that it starts the next as soon as it finishes one
// instead of idling while the main thread answers. Chunks are sized from the queue (small while
// the queue is short: at the start, and at the tail so that the workers finish together).
//
// A worker stopped while on a chunk (--timeout, a crash) loses the outcomes it had not yet sent:
// those documents are converted again by the next worker (the same output; under --changed-only
// a document the stopped worker had written is then counted as unchanged).
//
// The time limit holds per document, not per chunk: a worker writes the id of the document it is
// on and when it started it into a SharedArrayBuffer; the pool's one timer per worker, when it
// fires, reads them and either re-arms for that document's remaining time or stops the worker.
//
// Tried and not kept (2,000 documents, --jobs 2, NDJSON, 6 alternating runs on a loaded machine):
// - Runs of consecutive inputs per worker (each worker warms up on fewer languages): runs of 500
//   and 1,000 with a 2,048-input window cost 2.6% and 4.4% less CPU (5.00 → 4.87 / 4.78 s), no
//   wall time gain to be seen; the reorder buffer must then hold a run's worth of NDJSON lines
//   (10–20 MB here, unbounded for large documents), where one or two at a time holds 16.
// - A V8 code cache for the worker's parser measured first over a worker's first 100 documents:
//   522 → 500 ms CPU (10 alternating runs), about 1% of a batch. Over whole batches it measured
//   ~3% of CPU, and a fifth of one document's: kept later for both (load-core.ts).
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { DocumentTask, Outcome } from '../task.js';
import { V8_FLAG_SETS, type JitProfile } from '../load-core.js';
import { CLOCK_CELL, DOCUMENT_CELL, IDLE, type WorkerChunk, type WorkerInit, type WorkerReply } from '../worker-protocol.js';

export interface PoolOptions {
  size: number;
  workerUrl: URL;
  init: Omit<WorkerInit, 'replies' | 'progress' | 'clockBase' | 'jitProfile'>;
  timeoutMs: number;
  /** A worker stopped at the test hook before renaming its output. */
  onPaused?: () => void;
  /** Replace a worker after this many documents (default RECYCLE_AFTER; tests set it low). */
  recycleAfter?: number;
  /** A worker could not even start: the batch cannot go on (queued documents get no outcome). */
  onFatal?: (error: Error) => void;
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
  done: (outcome: Outcome) => void;
}

interface Slot {
  worker: Worker;
  /** The worker's answers come on a port of their own, so that they can be drained synchronously before it is stopped. */
  replies: MessagePort;
  /** [CLOCK_CELL]: when the worker started its current document (ms since clockBase); [DOCUMENT_CELL]: its id, or IDLE. */
  progress: Int32Array;
  ready: boolean;
  /** Chunks handed to this worker and not yet answered, in order; it is working on the first. */
  chunks: Job[][];
  /** Documents handed to this worker so far. */
  handed: number;
  timer: NodeJS.Timeout | null;
}

/** Chunks a worker holds at once: the one it is on and the next. */
const PIPELINE = 2;
/**
 * The largest chunk: 8 took the main thread from 290 to 215 ms of CPU over 2,000 documents, 16
 * to 205 ms, with no difference in total CPU to be seen (4.19 vs 4.14 s, 9 runs). The runner's
 * window (run.ts) lets every worker hold PIPELINE chunks of this size with as much again queued.
 */
export const MAX_CHUNK = 8;
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
let jitProfile: JitProfile | null = null;
/** Sets the flags (V8_FLAG_SETS) once per process, and says which were set. */
function tuneJitForWorkers(workers: number): JitProfile {
  if (jitProfile === null) {
    jitProfile = workers >= availableParallelism() ? 'saturated' : 'spare';
    for (const flag of V8_FLAG_SETS[jitProfile]) setFlagsFromString(flag);
  }
  return jitProfile;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private fatal: Error | null = null;
  private closed = false;
  private readonly recycleAfter: number;
  /** The epoch the workers' clock cells count from (Date.now() of both threads: the same clock). */
  private readonly clockBase = Date.now();

  constructor(
    private readonly options: PoolOptions,
    private readonly removeFile: (path: string) => void,
  ) {
    this.recycleAfter = options.recycleAfter ?? RECYCLE_AFTER;
  }

  /**
   * Queue a document; `done` is called with its outcome. A callback, not a promise: the runner
   * needs nothing else, and a promise and its reaction per document are main-thread work.
   * Throws once a worker could not even start.
   */
  submit(task: DocumentTask, options: JobOptions, done: (outcome: Outcome) => void): void {
    if (this.fatal) throw this.fatal;
    this.queue.push({ id: this.nextId++, task, options, done });
    this.pump();
  }

  /** Stop every worker now; returns the temporary outputs of the jobs they held. */
  abort(): string[] {
    this.closed = true;
    const leftovers: string[] = [];
    for (const slot of this.slots) {
      for (const chunk of slot.chunks) for (const job of chunk) if (job.options.cleanup) leftovers.push(job.options.cleanup);
      this.retire(slot);
    }
    return leftovers;
  }

  async close(): Promise<void> {
    this.closed = true;
    const exits = [...this.slots].map((slot) => {
      slot.replies.close();
      return slot.worker.terminate();
    });
    this.slots.clear();
    await Promise.all(exits);
  }

  private pump(): void {
    if (this.closed) return;
    // Fill the least loaded ready workers first: idle ones, then a second chunk each.
    for (let depth = 0; depth < PIPELINE && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) break;
        if (slot.ready && slot.chunks.length === depth && slot.handed < this.recycleAfter) this.dispatch(slot);
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

  /**
   * How many queued documents the next chunk takes: the queue shared out over every chunk the
   * workers can hold, within 1..MAX_CHUNK. A short queue (the first documents, the tail of the
   * batch) gives short chunks, so the first outcomes come soon and no worker is left with a
   * long chunk while the others idle at the end.
   */
  private chunkSize(slot: Slot): number {
    const share = Math.ceil(this.queue.length / (this.options.size * PIPELINE));
    return Math.max(1, Math.min(share, MAX_CHUNK, this.recycleAfter - slot.handed));
  }

  private dispatch(slot: Slot): void {
    const chunk = this.queue.splice(0, this.chunkSize(slot));
    // A paused document (test hook) ends its chunk: the worker stops there until killed.
    const paused = chunk.findIndex((job) => job.options.pause === true);
    if (paused >= 0 && paused < chunk.length - 1) this.queue.unshift(...chunk.splice(paused + 1));
    slot.chunks.push(chunk);
    slot.handed += chunk.length;
    const request: WorkerChunk = {
      ids: chunk.map((job) => job.id),
      tasks: chunk.map((job) => job.task),
      pauseId: paused >= 0 ? chunk[paused]!.id : -1,
    };
    slot.replies.postMessage(request);
    if (!slot.timer) slot.timer = setTimeout(() => this.onClock(slot), this.options.timeoutMs);
  }

  private spawn(): void {
    const jitProfile = tuneJitForWorkers(this.options.size);
    const { port1: replies, port2: workerEnd } = new MessageChannel();
    const progress = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    progress[DOCUMENT_CELL] = IDLE;
    const init: WorkerInit = { ...this.options.init, replies: workerEnd, progress, clockBase: this.clockBase, jitProfile };
    // stdout: true keeps a worker's stray console output (a library's warning) off our stdout,
    // which carries JSON only; it goes to stderr instead.
    const worker = new Worker(this.options.workerUrl, {
      workerData: init,
      transferList: [workerEnd],
      stdout: true,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.stdout.pipe(process.stderr, { end: false });
    const slot: Slot = { worker, replies, progress, ready: false, chunks: [], handed: 0, timer: null };
    this.slots.add(slot);
    replies.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
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
    } else if (reply.type === 'done' && slot.chunks[0]?.[0]?.id === reply.firstId) {
      const chunk = slot.chunks[0]!;
      const answered = chunk.splice(0, reply.outcomes.length);
      if (chunk.length === 0) slot.chunks.shift();
      if (slot.chunks.length === 0) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        if (slot.handed >= this.recycleAfter) this.retire(slot);
      }
      for (let i = 0; i < answered.length; i++) answered[i]!.done(reply.outcomes[i]!);
      this.pump();
    }
  }

  /** Answers the worker has posted and we have not read yet: read them now, before it is stopped. */
  private drainReplies(slot: Slot): void {
    for (let message = receiveMessageOnPort(slot.replies); message && this.slots.has(slot); message = receiveMessageOnPort(slot.replies)) {
      this.onReply(slot, message.message as WorkerReply);
    }
  }

  /**
   * The worker's timer: one per worker, armed while it holds work. Stop the worker if its current
   * document has run for --timeout; otherwise wait for the rest of that document's time (a
   * worker between documents gets a full period: it starts the next at once, or holds none).
   */
  private onClock(slot: Slot): void {
    slot.timer = null;
    if (!this.slots.has(slot) || slot.chunks.length === 0) return;
    const current = Atomics.load(slot.progress, DOCUMENT_CELL);
    const startedAt = this.clockBase + Atomics.load(slot.progress, CLOCK_CELL);
    const elapsed = current === IDLE ? 0 : Date.now() - startedAt;
    if (elapsed < this.options.timeoutMs) {
      slot.timer = setTimeout(() => this.onClock(slot), this.options.timeoutMs - elapsed);
      return;
    }
    this.stopOn(slot, current, (job) => {
      const seconds = this.options.timeoutMs / 1000;
      job.done({ status: 'failed', code: 'TIMEOUT', message: `not done after ${seconds} s (--timeout); stopped` });
    });
    this.pump();
  }

  /**
   * Stop a worker that is on document `current` (or IDLE): answers already posted are kept, the
   * current document gets its outcome from `fail` (its temporary output removed), and every
   * other document it held goes back to the front of the queue. Returns whether one was failed.
   */
  private stopOn(slot: Slot, current: number, fail: (job: Job) => void): boolean {
    this.drainReplies(slot);
    const held = slot.chunks.flat();
    this.retire(slot);
    const failing = held.find((job) => job.id === current);
    if (failing) {
      if (failing.options.cleanup) this.removeFile(failing.options.cleanup);
      fail(failing);
    }
    this.queue.unshift(...held.filter((job) => job !== failing));
    return failing !== undefined;
  }

  private onDeath(slot: Slot, error: Error): void {
    if (!this.slots.has(slot)) return;
    const wasReady = slot.ready;
    // The document it was on is the one that killed it; failing that, the first it held.
    let current = Atomics.load(slot.progress, DOCUMENT_CELL);
    if (current === IDLE) current = slot.chunks[0]?.[0]?.id ?? IDLE;
    this.stopOn(slot, current, (job) => job.done({ status: 'failed', code: 'INTERNAL_ERROR', message: `the worker stopped: ${error.message}` }));
    if (!wasReady && !this.closed) {
      // A worker that cannot even start will not start next time either: give up on the batch.
      this.fatal = new Error(`cannot start a worker thread: ${error.message}`);
      this.queue.length = 0;
      this.options.onFatal?.(this.fatal);
      return;
    }
    this.pump();
  }

  private retire(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.chunks = [];
    this.slots.delete(slot);
    slot.replies.removeAllListeners('message');
    slot.replies.close();
    void slot.worker.terminate();
  }
}
