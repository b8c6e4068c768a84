// What the batch pool and its worker threads say to each other (see pool.ts). Kept apart from
// worker.ts so that the main thread, which imports these, never loads the parser.
import type { MessagePort } from 'node:worker_threads';
import type { JitProfile } from './load-core.js';
import type { ConvertOptions, DocumentTask, Outcome } from './task.js';

export interface WorkerInit {
  convert: ConvertOptions;
  /** Where answers go (a port of their own: the pool can drain it before stopping the worker). */
  replies: MessagePort;
  /** Shared with the pool: which document this worker is on, and since when (for --timeout). */
  progress: Int32Array;
  /** Date.now() of the pool's start: the clock cell counts milliseconds from it. */
  clockBase: number;
  /** The V8 flags the process runs under, which pick the code cache (load-core.ts). */
  jitProfile: JitProfile | null;
}


/** Cells of WorkerInit.progress. */
export const CLOCK_CELL = 0;
export const DOCUMENT_CELL = 1;
/** DOCUMENT_CELL between documents. */
export const IDLE = -1;

export interface WorkerChunk {
  ids: number[];
  tasks: DocumentTask[];
  /** Test hook: this document stops before the rename, tells the runner, and waits (until killed, or two minutes); -1 for none. */
  pauseId: number;
}

export type WorkerReply =
  | { type: 'ready' }
  /** The outcomes of the chunk's documents from `firstId` on, in order. */
  | { type: 'done'; firstId: number; outcomes: Outcome[] }
  | { type: 'paused'; id: number };
