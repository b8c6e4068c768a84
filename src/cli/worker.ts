// A batch worker thread (dist/worker.js): converts the chunks of documents the pool hands it, one
// document after another, and answers with a chunk's outcomes in one message (see pool.ts). It
// never writes to stdout.
import { workerData } from 'node:worker_threads';
import { convertDocument } from './convert.js';
import type { ConvertControl, Outcome } from './task.js';
import { CLOCK_CELL, DOCUMENT_CELL, IDLE, type WorkerChunk, type WorkerInit, type WorkerReply } from './worker-protocol.js';

const PAUSE_LIMIT_MS = 120_000;

if (workerData) {
  const { convert, replies, progress, clockBase } = workerData as WorkerInit;
  const pauseControl = (id: number): ConvertControl => ({
    pause: () => {
      replies.postMessage({ type: 'paused', id } satisfies WorkerReply);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_LIMIT_MS);
    },
  });
  const noControl: ConvertControl = {};
  // Chunks may queue up (the pool hands out two at a time): they are converted one after another.
  let queue: Promise<void> = Promise.resolve();
  const convertChunk = async (chunk: WorkerChunk) => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < chunk.ids.length; i++) {
      const id = chunk.ids[i]!;
      // The start time first, then the id: a pool that reads this id then reads this start (or a later one).
      Atomics.store(progress, CLOCK_CELL, Date.now() - clockBase);
      Atomics.store(progress, DOCUMENT_CELL, id);
      outcomes.push(await convertDocument(chunk.tasks[i]!, convert, id === chunk.pauseId ? pauseControl(id) : noControl));
    }
    Atomics.store(progress, DOCUMENT_CELL, IDLE);
    replies.postMessage({ type: 'done', firstId: chunk.ids[0]!, outcomes } satisfies WorkerReply);
  };
  replies.on('message', (chunk: WorkerChunk) => {
    queue = queue.then(() => convertChunk(chunk));
  });
  replies.postMessage({ type: 'ready' } satisfies WorkerReply);
}
