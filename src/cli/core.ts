// The CLI's conversion code, parser included, as one classic script: dist/core.cjs, which
// load-core.ts compiles with V8's code cache (why there). It converts a single document for the
// CLI's thread (main.ts) and runs a batch worker's loop (worker.ts): converts the chunks of
// documents the pool hands it, one document after another, and answers with a chunk's outcomes
// in one message (see pool.ts). It never writes to stdout.
import { config } from 'zod/mini';
import { convertDocument } from './convert.js';
import type { ConvertControl, Outcome } from './task.js';
import { CLOCK_CELL, DOCUMENT_CELL, IDLE, type WorkerChunk, type WorkerInit, type WorkerReply } from './worker-protocol.js';

const PAUSE_LIMIT_MS = 120_000;

export { convertDocument } from './convert.js';
export { useModuleImporter } from '../dynamic-import.js';

/**
 * For one document: zod's compiled object parsers (built with new Function on first use) cost
 * more to build than they save. The batch workers keep them.
 */
export function useJitlessSchemas(): void {
  config({ jitless: true });
}

export function runWorker(init: WorkerInit): void {
  const { convert, replies, progress, clockBase } = init;
  const pauseControl = (id: number): ConvertControl => ({
    pause: () => {
      replies.postMessage({ type: 'paused', id } satisfies WorkerReply);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_LIMIT_MS);
    },
  });
  const noControl: ConvertControl = {};
  // The text printed for a document (NDJSON, or one document for a single input under --timeout)
  // travels as UTF-8 bytes, moved to the main thread rather than copied: a string is copied into
  // the message here and again out of it there, and stdout then encodes it. 2,000 documents,
  // --jobs 2 (21 MB of NDJSON): the main thread's CPU 215 -> 175 ms (6 alternating runs); the
  // encoding here costs the workers 20-45 ms each.
  const newline = !(convert.emitText && !(convert.output.kind === 'stdout' && convert.output.format === 'ndjson'));
  const asBytes = (line: string): Uint8Array => {
    const length = Buffer.byteLength(line);
    // Not Buffer.allocUnsafe: a small one shares a pool's ArrayBuffer, all of which a transfer would move.
    const bytes = Buffer.allocUnsafeSlow(length + (newline ? 1 : 0));
    bytes.write(line, 0, length);
    if (newline) bytes[length] = 0x0a;
    return bytes;
  };
  // Chunks may queue up (the pool hands out two at a time): they are converted one after another.
  let queue: Promise<void> = Promise.resolve();
  const convertChunk = async (chunk: WorkerChunk) => {
    const outcomes: Outcome[] = [];
    const moved: ArrayBuffer[] = [];
    for (let i = 0; i < chunk.ids.length; i++) {
      const id = chunk.ids[i]!;
      // The start time first, then the id: a pool that reads this id then reads this start (or a later one).
      Atomics.store(progress, CLOCK_CELL, Date.now() - clockBase);
      Atomics.store(progress, DOCUMENT_CELL, id);
      const outcome = await convertDocument(chunk.tasks[i]!, convert, id === chunk.pauseId ? pauseControl(id) : noControl);
      if (outcome.status === 'parsed' && outcome.line !== undefined) {
        const bytes = asBytes(outcome.line);
        moved.push(bytes.buffer as ArrayBuffer);
        outcomes.push({ status: 'parsed', bytes, diagnostics: outcome.diagnostics });
      } else {
        outcomes.push(outcome);
      }
    }
    Atomics.store(progress, DOCUMENT_CELL, IDLE);
    replies.postMessage({ type: 'done', firstId: chunk.ids[0]!, outcomes } satisfies WorkerReply, moved);
  };
  replies.on('message', (chunk: WorkerChunk) => {
    queue = queue.then(() => convertChunk(chunk));
  });
  replies.postMessage({ type: 'ready' } satisfies WorkerReply);
}
