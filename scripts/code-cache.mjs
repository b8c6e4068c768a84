// Makes dist/core.PROFILE.cache: V8's code cache for dist/core.cjs, in a process running under the
// V8 flags of PROFILE (V8 refuses a cache made under other flags; see src/cli/load-core.ts). The
// core first converts every text fixture, so the cache holds the bytecode of the functions a
// conversion calls, not only the script's top level. Run by build.mjs.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

const profile = process.argv[2];
// Importing dist/worker.js compiles none of the core: the flags are in place before it is.
const { cacheFile, compileCore, codeCacheUrl, V8_FLAG_SETS } = await import('../dist/worker.js');
if (!Object.hasOwn(V8_FLAG_SETS, profile)) throw new Error(`unknown profile ${profile}`);
for (const flag of V8_FLAG_SETS[profile]) setFlagsFromString(flag);

const dist = new URL('../dist/', import.meta.url);
const { core, script, digest } = compileCore(dist, undefined);

function* textFixtures(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFixtures(path);
    else if (entry.name.endsWith('.txt')) yield path;
  }
}

let fixtures = [];
try {
  fixtures = [...textFixtures(new URL('../fixtures', import.meta.url).pathname)];
} catch {
  // no fixtures (an installed package): the cache holds the top level only
}
const convert = { parse: { spans: true }, maxBytes: 50 * 1024 * 1024, output: { kind: 'stdout', format: 'ndjson' }, emitText: false, changedOnly: false };
for (const file of fixtures) {
  const outcome = await core.convertDocument({ file, display: file, outRel: null, walked: false }, convert);
  if (outcome.status !== 'parsed') throw new Error(`${file}: ${outcome.status}`);
}

const target = codeCacheUrl(dist, profile);
const temporary = new URL(`${target.href}.tmp-${process.pid}`);
writeFileSync(temporary, cacheFile(digest, script.createCachedData()));
renameSync(temporary, target);
