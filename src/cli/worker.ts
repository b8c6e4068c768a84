// A batch worker thread (dist/worker.js): converts the documents the pool hands it, one at a
// time, and answers with their outcome. It never writes to stdout.
import { parentPort, workerData } from 'node:worker_threads';
import { convertDocument } from './convert.js';
import type { ConvertControl, ConvertOptions, DocumentTask, Outcome } from './task.js';

export interface WorkerInit {
  convert: ConvertOptions;
}

export interface WorkerRequest {
  id: number;
  task: DocumentTask;
  /** Test hook: stop before the rename, tell the runner, and wait (until killed, or two minutes). */
  pause: boolean;
}

export type WorkerReply = { type: 'ready' } | { type: 'done'; id: number; outcome: Outcome } | { type: 'paused'; id: number };

const PAUSE_LIMIT_MS = 120_000;

if (parentPort) {
  const port = parentPort;
  const { convert } = workerData as WorkerInit;
  // Requests may queue up (the pool hands out two at a time): they are converted one after another.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    queue = queue.then(async () => {
      const control: ConvertControl = {};
      if (request.pause) {
        control.pause = () => {
          port.postMessage({ type: 'paused', id: request.id } satisfies WorkerReply);
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_LIMIT_MS);
        };
      }
      const outcome = await convertDocument(request.task, convert, control);
      port.postMessage({ type: 'done', id: request.id, outcome } satisfies WorkerReply);
    });
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}
