// Loads dist/core.cjs (core.ts built on its own): the conversion code, parser included, compiled
// with V8's code cache, the bytecode of every function a conversion of the text fixtures called,
// made when the package is built (scripts/code-cache.mjs). Without it every process, and every
// batch worker, parses and compiles the parser's functions again as they are first called: on
// 1,000 documents, 60-80 ms of a worker's CPU (of about 1,700); for one document, about a quarter
// of the process's CPU.
//
// V8 takes a cache only in a process whose V8 flags are the ones it was made under (otherwise it
// says "rejected" and compiles as usual), so there is one per set of flags we run under
// (V8_FLAG_SETS); run under others (node --max-old-space-size=…), the code compiles as before,
// with the same output. A classic script because Node 20 has a code cache for vm.Script only,
// not for modules (module.enableCompileCache is Node 22's).
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as Core from './core.js';

/**
 * The V8 flags a process runs the core under: none (one document), or those the batch pool sets
 * before its first worker starts, by whether the workers fill every core (why: pool.ts).
 */
export const V8_FLAG_SETS = {
  plain: [],
  saturated: ['--no-turbo-inlining', '--interrupt-budget=300000'],
  spare: ['--no-turbo-inlining'],
} as const satisfies Record<string, readonly string[]>;
export type JitProfile = keyof typeof V8_FLAG_SETS;

// `dist` below is the folder of the built files (the caller's own: dist/cli.js, dist/worker.js);
// this module may be bundled into a chunk of another folder.

export function codeCacheUrl(dist: URL, profile: JitProfile): URL {
  return new URL(`core.${profile}.cache`, dist);
}

export interface LoadedCore {
  core: typeof Core;
  script: Script;
  /** Digest of dist/core.cjs, which a cache file starts with (see cacheFile). */
  digest: string;
  /** A cache was given and not used: made for another core, or refused by V8 (other flags, another V8). */
  cacheRejected: boolean;
}

/**
 * A cache file: the digest of the core it was made for, a newline, then V8's data. V8 checks a
 * cache against its version and flags, but of the source only the length: a cache left beside a
 * rebuilt core of the same length would be taken, with the old core's bytecode. Hashing the
 * core costs about a millisecond.
 */
export function cacheFile(digest: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(digest + '\n', 'latin1'), data]);
}

const DIGEST_LENGTH = 64; // sha256, hex

/** Compile and run dist/core.cjs, with a cache file's data if it was made for this core, and return its exports. */
export function compileCore(dist: URL, cache: Buffer | undefined): LoadedCore {
  const coreUrl = new URL('core.cjs', dist);
  const filename = fileURLToPath(coreUrl);
  const text = readFileSync(filename, 'utf8');
  const digest = hash('sha256', text, 'hex');
  const cachedData =
    cache !== undefined && cache.length > DIGEST_LENGTH + 1 && cache.toString('latin1', 0, DIGEST_LENGTH + 1) === digest + '\n'
      ? cache.subarray(DIGEST_LENGTH + 1)
      : undefined;
  // The CommonJS wrapper, with import.meta.url as a parameter (the build defines it so).
  const source = `(function (exports, require, module, __filename, __dirname, importMetaUrl) {${text}\n})`;
  const script = new Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as typeof Core };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(filename), module, filename, dirname(filename), coreUrl.href);
  const core = module.exports;
  // import() inside the script has no module loader: this module's does the work.
  core.useModuleImporter((specifier) => import(specifier));
  const cacheRejected = cache !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
  return { core, script, digest, cacheRejected };
}

/** The core, with the cache made for the flags this process runs under if there is one. */
export function loadCore(dist: URL, profile: JitProfile | null): typeof Core {
  let cache: Buffer | undefined;
  if (profile !== null) {
    try {
      cache = readFileSync(codeCacheUrl(dist, profile));
    } catch {
      // not built (a build without its cache step): compile as usual
    }
  }
  return compileCore(dist, cache).core;
}
