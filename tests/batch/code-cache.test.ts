// The batch workers run dist/worker-core.cjs from a V8 code cache made at build time, one per set
// of V8 flags the pool sets (src/cli/worker.ts). A cache V8 refuses costs speed, not output, so
// these check both: each cache is taken under its own flags, and a refused one still converts.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { WORKER_V8_FLAGS, type JitProfile } from '../../src/cli/worker-protocol.js';
import { root, seedPath } from './helpers.js';

/** In a fresh process under `flags`: load the core with `profile`'s cache, convert the seed. */
function loadUnder(flags: readonly string[], profile: JitProfile): { rejected: boolean; line: string } {
  const script = `
    import { readFileSync } from 'node:fs';
    import { setFlagsFromString } from 'node:v8';
    for (const flag of ${JSON.stringify(flags)}) setFlagsFromString(flag);
    const { loadWorkerCore, codeCacheUrl } = await import('./dist/worker.js');
    const { core, cacheRejected } = loadWorkerCore(readFileSync(codeCacheUrl(${JSON.stringify(profile)})));
    const convert = { parse: { spans: true }, maxBytes: 1 << 26, output: { kind: 'stdout', format: 'ndjson' }, emitText: false, changedOnly: false };
    const outcome = await core.convertDocument({ file: ${JSON.stringify(seedPath)}, display: 'seed.txt', outRel: null, walked: false }, convert);
    console.log(JSON.stringify({ rejected: cacheRejected, line: outcome.line }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { rejected: boolean; line: string };
}

describe('worker code cache', () => {
  const profiles = Object.keys(WORKER_V8_FLAGS) as JitProfile[];

  it.each(profiles)('the %s cache is taken under its own flags', (profile) => {
    expect(loadUnder(WORKER_V8_FLAGS[profile], profile).rejected).toBe(false);
  });

  it('a cache made under other flags is refused, and the document converts the same', () => {
    const taken = loadUnder(WORKER_V8_FLAGS.saturated, 'saturated');
    const refused = loadUnder(WORKER_V8_FLAGS.spare, 'saturated');
    expect(refused.rejected).toBe(true);
    expect(refused.line).toBe(taken.line);
    expect(JSON.parse(taken.line).source.path).toBe('seed.txt');
  });
});
