// A batch worker thread's entry (dist/worker.js). The worker's code, parser included, is
// dist/worker-core.cjs (worker-core.ts built on its own), run here as a classic script compiled
// with V8's code cache: the bytecode of every function a warm-up over the fixtures compiled,
// made when the package is built (scripts/worker-code-cache.mjs). Without it each worker
// parses and compiles the parser's functions again as they are first called: on 1,000
// documents, 60-80 ms of a worker's CPU (of about 1,700), and 15 ms of its start.
//
// V8 takes a cache only from a process whose V8 flags are the ones it was made under (it says
// "rejected" otherwise and compiles as usual), so there is one per set of flags the pool sets
// (WORKER_V8_FLAGS); run under other flags (node --max-old-space-size=…), a worker compiles as
// before. Why a classic script: Node 20 has a code cache for vm.Script only, not for modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { workerData } from 'node:worker_threads';
import type * as WorkerCore from './worker-core.js';
import type { JitProfile, WorkerInit } from './worker-protocol.js';

export { WORKER_V8_FLAGS } from './worker-protocol.js';

const CORE_URL = new URL('./worker-core.cjs', import.meta.url);

/** The cache file for a set of V8 flags. */
export function codeCacheUrl(profile: JitProfile): URL {
  return new URL(`./worker-core.${profile}.cache`, import.meta.url);
}

export interface LoadedCore {
  core: typeof WorkerCore;
  script: Script;
  /** A cache was given and V8 refused it (other flags, another V8, a rebuilt core). */
  cacheRejected: boolean;
}

/** Compile and run dist/worker-core.cjs (with `cachedData` if given) and return its exports. */
export function loadWorkerCore(cachedData: Buffer | undefined): LoadedCore {
  const filename = fileURLToPath(CORE_URL);
  // The CommonJS wrapper, with import.meta.url as a parameter (the build defines it so).
  const source = `(function (exports, require, module, __filename, __dirname, importMetaUrl) {${readFileSync(filename, 'utf8')}\n})`;
  const script = new Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as typeof WorkerCore };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(filename), module, filename, dirname(filename), CORE_URL.href);
  const core = module.exports;
  // import() inside the script has no module loader: this module's does the work.
  core.useModuleImporter((specifier) => import(specifier));
  return { core, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}

function readCache(profile: JitProfile | null): Buffer | undefined {
  if (profile === null) return undefined;
  try {
    return readFileSync(codeCacheUrl(profile));
  } catch {
    return undefined; // not built (a build without the cache step): compile as usual
  }
}

if (workerData) {
  const init = workerData as WorkerInit;
  loadWorkerCore(readCache(init.jitProfile)).core.runWorker(init);
}
