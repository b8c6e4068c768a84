// A batch worker thread's entry (dist/worker.js): runs the worker loop of the core (core.ts),
// compiled from the code cache made for the V8 flags the pool set (load-core.ts). Also what the
// build's code-cache step imports (scripts/code-cache.mjs).
import { workerData } from 'node:worker_threads';
import { loadCore } from './load-core.js';
import type { WorkerInit } from './worker-protocol.js';

export { cacheFile, codeCacheUrl, compileCore, V8_FLAG_SETS } from './load-core.js';

if (workerData) {
  const init = workerData as WorkerInit;
  loadCore(new URL('./', import.meta.url), init.jitProfile).runWorker(init);
}
