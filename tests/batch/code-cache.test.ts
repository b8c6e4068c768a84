// The CLI and its batch workers run dist/core.cjs from a V8 code cache made at build time, one per
// set of V8 flags they run under (src/cli/load-core.ts). A cache V8 refuses costs speed, not
// output, so these check both: each cache is taken under its own flags, and a refused one still
// converts the same.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { V8_FLAG_SETS, type JitProfile } from '../../src/cli/load-core.js';
import { root, run, seedPath } from './helpers.js';

/** In a fresh process under `flags`: load the core with `profile`'s cache, convert the seed. */
function loadUnder(flags: readonly string[], profile: JitProfile, forgeDigest = false): { rejected: boolean; line: string } {
  const script = `
    import { readFileSync } from 'node:fs';
    import { setFlagsFromString } from 'node:v8';
    for (const flag of ${JSON.stringify(flags)}) setFlagsFromString(flag);
    const { cacheFile, compileCore, codeCacheUrl } = await import('./dist/worker.js');
    const dist = new URL('./dist/', 'file://' + process.cwd() + '/');
    let cache = readFileSync(codeCacheUrl(dist, ${JSON.stringify(profile)}));
    // As if made for another core: the same V8 data under another digest.
    if (${forgeDigest}) cache = cacheFile('0'.repeat(64), cache.subarray(65));
    const { core, cacheRejected } = compileCore(dist, cache);
    const convert = { parse: { spans: true }, maxBytes: 1 << 26, output: { kind: 'stdout', format: 'ndjson' }, emitText: false, changedOnly: false };
    const outcome = await core.convertDocument({ file: ${JSON.stringify(seedPath)}, display: 'seed.txt', outRel: null, walked: false }, convert);
    console.log(JSON.stringify({ rejected: cacheRejected, line: outcome.line }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as { rejected: boolean; line: string };
}

describe('code cache of the core', () => {
  const profiles = Object.keys(V8_FLAG_SETS) as JitProfile[];

  it.each(profiles)('the %s cache is taken under its own flags', (profile) => {
    expect(loadUnder(V8_FLAG_SETS[profile], profile).rejected).toBe(false);
  });

  it('a cache made under other flags is refused, and the document converts the same', () => {
    const taken = loadUnder(V8_FLAG_SETS.saturated, 'saturated');
    const refused = loadUnder(V8_FLAG_SETS.spare, 'saturated');
    expect(refused.rejected).toBe(true);
    expect(refused.line).toBe(taken.line);
    expect(JSON.parse(taken.line).source.path).toBe('seed.txt');
  });

  it('a cache made for another core (another digest) is not used, whatever V8 would say', () => {
    const forged = loadUnder(V8_FLAG_SETS.saturated, 'saturated', true);
    expect(forged.rejected).toBe(true);
    expect(forged.line).toBe(loadUnder(V8_FLAG_SETS.saturated, 'saturated').line);
  });

  it('the CLI converts the same under V8 flags of its own (its cache refused)', () => {
    const plain = run(['--compact', seedPath]);
    const flagged = spawnSync(process.execPath, ['--max-old-space-size=300', 'bin/agenda-parse.js', '--compact', seedPath], { cwd: root, encoding: 'utf8' });
    expect(plain.code).toBe(0);
    expect(flagged.status).toBe(0);
    expect(flagged.stdout).toBe(plain.stdout);
    expect(JSON.parse(plain.stdout).items.length).toBeGreaterThan(5);
  });
});
