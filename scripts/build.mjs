// Builds dist/ with esbuild. The CLI is bundled into one file so that a cold start reads one
// module instead of resolving hundreds (commander, zod); pdf-parse stays external and is
// imported lazily, so text input never pays for pdf.js. dist/worker.js is the entry of the batch
// runner's worker threads (src/cli/worker.ts). The conversion code, parser included, that the
// CLI and the workers run is also built apart as one classic script, dist/core.cjs, with V8 code
// caches made for it (see src/cli/load-core.ts); index.js, the library, is plain modules.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

// Chunk names carry content hashes: without a clean folder, old chunks pile up.
rmSync('dist/chunks', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  external: ['pdf-parse', 'pdfjs-dist', 'arabic-reshaper', 'bidi-js'],
  logLevel: 'warning',
  // Node 20 has these; without saying so esbuild rewrites such regex literals as `new RegExp(…)`
  // where they stand, so a pattern inside a function would be rebuilt on every call.
  supported: {
    'regexp-unicode-property-escapes': true,
    'regexp-lookbehind-assertions': true,
    'regexp-named-capture-groups': true,
    'regexp-sticky-and-unicode-flags': true,
    'regexp-match-indices': true,
  },
  // commander is CommonJS; bundled into ESM its require() calls need a real require.
  banner: { js: "import { createRequire as __agendaParseRequire } from 'node:module'; const require = __agendaParseRequire(import.meta.url);" },
};

await build({
  ...common,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minifySyntax: true,
});

// A failed cache step must not leave caches of an earlier core beside a new one (load-core.ts
// checks their digest too).
for (const name of readdirSync('dist')) if (name.startsWith('core.') && name.endsWith('.cache')) rmSync(join('dist', name));

// The core as a CommonJS script (load-core.ts compiles it with a code cache). import.meta.url
// becomes a parameter of the wrapper load-core.ts puts around it; so is require (no banner).
await build({
  ...common,
  banner: {},
  format: 'cjs',
  entryPoints: { core: 'src/cli/core.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': 'importMetaUrl' },
  minifySyntax: true,
});

// One code cache per set of V8 flags the core runs under, each made by a process running under them.
const { V8_FLAG_SETS } = await import('../dist/worker.js');
await Promise.all(
  Object.keys(V8_FLAG_SETS).map(
    (profile) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['scripts/code-cache.mjs', profile], { stdio: 'inherit' });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`code-cache.mjs ${profile} exited with ${code}`))));
      }),
  ),
);

