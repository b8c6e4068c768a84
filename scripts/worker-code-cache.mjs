// Makes dist/worker-core.PROFILE.cache: V8's code cache for dist/worker-core.cjs, in a process
// running under the V8 flags the batch pool sets for PROFILE (a cache made under other flags is
// refused). The core first converts every text fixture, so the cache holds the bytecode of the
// functions a conversion calls, not only the script's top level. Run by build.mjs.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

const profile = process.argv[2];
// Loading dist/worker.js compiles none of the core: the flags are in place before it is.
const { loadWorkerCore, codeCacheUrl, WORKER_V8_FLAGS } = await import('../dist/worker.js');
if (!(profile in WORKER_V8_FLAGS)) throw new Error(`unknown profile ${profile}`);
for (const flag of WORKER_V8_FLAGS[profile]) setFlagsFromString(flag);
const { core, script } = loadWorkerCore(undefined);

function* textFixtures(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFixtures(path);
    else if (entry.name.endsWith('.txt')) yield path;
  }
}

const convert = { parse: { spans: true }, maxBytes: 50 * 1024 * 1024, output: { kind: 'stdout', format: 'ndjson' }, emitText: false, changedOnly: false };
let fixtures = [];
try {
  fixtures = [...textFixtures('fixtures')];
} catch {
  // no fixtures (an installed package): the cache holds the top level only
}
for (const file of fixtures) {
  const outcome = await core.convertDocument({ file, display: file, outRel: null, walked: false }, convert);
  if (outcome.status !== 'parsed') throw new Error(`${file}: ${outcome.status}`);
}

const target = codeCacheUrl(profile);
const temporary = new URL(`${target.href}.tmp-${process.pid}`);
writeFileSync(temporary, script.createCachedData());
renameSync(temporary, target);
