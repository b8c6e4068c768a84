// The command line: a thin layer over the library. stdout carries JSON only (or, with
// --emit-text, the text); diagnostics, errors, progress and summaries go to stderr. Exit status:
// 0 all parsed, 1 any input failed (or had warnings under --strict), 2 usage error.
//
// One input that is a file (or stdin) is converted right here: no worker, no batch machinery
// loaded, so `agenda-parse one.txt` starts as fast as it can. Anything that can yield several
// documents — several arguments, a folder, a glob, a zip, --files-from — goes to the batch
// runner (batch/run.ts), imported only then.
import { Command, CommanderError, Option } from 'commander';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { stdin, stdout } from 'node:process';
import { AgendaParseError } from '../errors.js';
import type { Language } from '../schema.js';
import { DEFAULT_MAX_BYTES } from '../input/read.js';
import { parseShard, positiveInteger, positiveSeconds, type CliOptions } from './options.js';
import { createReporter } from './report.js';
import { inShard } from './batch/shard.js';
import { convertOptionsFrom, type DocumentTask } from './task.js';
import { readStdin } from './stdin.js';

export type { CliOptions } from './options.js';

const LANGUAGES: Language[] = ['ar', 'en', 'fr', 'es', 'ru', 'zh'];
const DEFAULT_TIMEOUT_SECONDS = 60;
const GLOB_CHARACTERS = /[*?[\]{}]/;
const ZIP_NAME = /\.zip$/i;

function buildProgram(run: (inputs: string[], options: CliOptions, command: Command) => Promise<number>): Command {
  const program = new Command('agenda-parse');
  program
    .description(
      'Turn United Nations agenda documents (text or PDF, in any of the six UN languages) into JSON.\n' +
        'One file prints one pretty-printed JSON document; several files, folders, glob patterns, ' +
        'zip archives or --files-from print NDJSON, one line per document, in input order.',
    )
    .argument('[inputs...]', 'files, folders, glob patterns or .zip archives; "-" (or nothing, with input piped) reads stdin')
    .addOption(new Option('--lang <code>', 'language of the document, instead of detecting it').choices(LANGUAGES))
    .option('--symbol <symbol>', "the document's own symbol, when the text does not print it")
    .addOption(new Option('--digits <style>', 'digits in text fields: as printed, or all ASCII').choices(['ascii', 'as-printed']))
    .option('--no-spans', 'leave out every span (offsets back into the source text)')
    .option('--compact', 'print one line of JSON instead of pretty-printed JSON')
    .option('--strict', 'exit 1 when a document has warnings (it is still printed)')
    .option('-q, --quiet', 'print no warnings, progress or summary on stderr, only errors')
    .option('--max-bytes <n>', 'refuse inputs larger than this', positiveInteger, DEFAULT_MAX_BYTES)
    .option('--password <password>', 'password of an encrypted PDF')
    .option('--emit-text', 'print the text the parser reads (for a PDF, the text rebuilt from it) instead of JSON')
    .option('--files-from <file>', 'also parse the paths listed in FILE, one per line ("-": read them from stdin)')
    .option('--out-dir <dir>', 'write DIR/<path>.json per document (a/b.txt → DIR/a/b.txt.json) instead of printing')
    .option('--changed-only', 'with --out-dir: skip inputs whose output is newer and records the same content hash')
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads for a batch')
        .argParser(positiveInteger)
        .default(availableParallelism(), 'the number of cores'),
    )
    .option('--shard <k/n>', "convert only this machine's share of the inputs, by a hash of their relative paths", parseShard)
    .option('--timeout <seconds>', 'give up on a document after this long (TIMEOUT)', positiveSeconds, DEFAULT_TIMEOUT_SECONDS)
    .addHelpText(
      'after',
      `
Examples:
  agenda-parse fixtures/ar/CTOC_COP_WG.4_2010_1.txt          one document, pretty JSON
  agenda-parse agenda.txt | jq '.items[].title'               pipe into jq
  cat agenda.txt | agenda-parse --compact                      from stdin
  agenda-parse archive/ 2011.zip > all.ndjson                  a folder and a zip, NDJSON
  agenda-parse 'archive/**/*.pdf' --out-dir json/              a glob, one JSON file per document
  find archive -name '*.txt' | agenda-parse --files-from - --out-dir json/ --changed-only
  agenda-parse archive/ --out-dir json/ --shard 2/4            this machine's quarter of the archive
  agenda-parse schema                                          the JSON Schema of the output

Exit status: 0 every input parsed, 1 an input failed (or had warnings with --strict), 2 usage error.
Errors are one line on stderr: agenda-parse: FILE: CODE: reason.`,
    )
    .showHelpAfterError('(run agenda-parse --help for usage)')
    .exitOverride()
    .action(async (inputs: string[], options: CliOptions, command: Command) => {
      process.exitCode = await run(inputs, options, command);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output (a file named "schema" is given as ./schema)')
    .action(async () => {
      const { printSchema } = await import('./schema-command.js');
      printSchema();
    });
  return program;
}

/** One document and nothing else: a file argument (not a folder, zip or pattern), or stdin. */
function isSingleInput(inputs: readonly string[], options: CliOptions): boolean {
  if (options.filesFrom !== undefined || inputs.length > 1) return false;
  const input = inputs[0];
  if (input === undefined || input === '-') return true;
  let info;
  try {
    info = statSync(input, { throwIfNoEntry: false });
  } catch {
    return true; // unreadable: the single path reports it
  }
  if (info === undefined) return !GLOB_CHARACTERS.test(input);
  return !info.isDirectory() && !ZIP_NAME.test(input);
}

function usageProblem(inputs: readonly string[], options: CliOptions, single: boolean): string | null {
  const stdinInputs = inputs.filter((input) => input === '-').length + (options.filesFrom === '-' ? 1 : 0);
  const readsStdinDocument = inputs.includes('-') || (inputs.length === 0 && options.filesFrom === undefined);
  if (options.changedOnly && options.outDir === undefined) return '--changed-only needs --out-dir';
  if (options.changedOnly && options.emitText) return '--changed-only compares JSON outputs; it cannot be used with --emit-text';
  if (stdinInputs > 1) return 'stdin can be read only once ("-" and --files-from -)';
  if (readsStdinDocument && options.outDir !== undefined) return 'a document from stdin has no name to write under --out-dir';
  if (options.filesFrom !== undefined && options.filesFrom !== '-') {
    const info = statSync(options.filesFrom, { throwIfNoEntry: false });
    if (!info || info.isDirectory()) return `--files-from ${options.filesFrom}: no such file`;
  }
  return null;
}

const write = (text: string) =>
  new Promise<void>((resolve, reject) => {
    stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });

async function runSingle(input: string | undefined, options: CliOptions): Promise<number> {
  const reporter = createReporter({ quiet: options.quiet === true });
  const outDir = options.outDir !== undefined ? resolve(options.outDir) : null;
  const convert = convertOptionsFrom(
    options,
    outDir !== null ? { kind: 'dir', dir: outDir, pretty: options.compact !== true } : { kind: 'stdout', format: options.compact ? 'compact' : 'pretty' },
  );
  let task: DocumentTask;
  if (input === undefined || input === '-') {
    try {
      task = { bytes: await readStdin(options.maxBytes), display: null, outRel: null, walked: false };
    } catch (error) {
      if (!(error instanceof AgendaParseError)) throw error;
      reporter.error('<stdin>', error.code, error.message);
      return 1;
    }
  } else {
    task = { file: input, display: input, outRel: basename(input), walked: false };
    // --shard on one file: it is converted only by the machine whose share it falls in.
    if (options.shard && !inShard(basename(input), options.shard)) return 0;
  }
  // Loaded here, not at the top: the batch runner's thread never loads the parser, nor zod.
  const { loadCore } = await import('./load-core.js');
  const core = loadCore(new URL('./', import.meta.url), 'plain');
  core.useJitlessSchemas();
  const outcome = await core.convertDocument(task, convert);
  const name = task.display ?? '<stdin>';
  switch (outcome.status) {
    case 'parsed': {
      const warnings = reporter.diagnostics(name, outcome.diagnostics);
      if (outcome.line !== undefined) await write(options.emitText ? outcome.line : outcome.line + '\n');
      return options.strict && warnings > 0 ? 1 : 0;
    }
    case 'failed':
      reporter.error(name, outcome.code, outcome.message);
      return 1;
    default:
      return 0; // unchanged (--changed-only); a named file is never skipped
  }
}

async function run(inputs: string[], options: CliOptions, command: Command): Promise<number> {
  const single = isSingleInput(inputs, options);
  const problem = usageProblem(inputs, options, single);
  if (problem) command.error(`error: ${problem}`, { exitCode: 2, code: 'agenda-parse.usage' });
  if (inputs.length === 0 && options.filesFrom === undefined && stdin.isTTY) {
    process.stderr.write(command.helpInformation());
    return 2;
  }
  // A time limit needs a worker to stop; one is started for a single input only when asked for.
  const timeLimited = command.getOptionValueSource('timeout') === 'cli';
  if (single && !timeLimited) return runSingle(inputs[0], options);
  const { runBatch } = await import('./batch/run.js');
  return runBatch(inputs, options, { workerUrl: new URL('./worker.js', import.meta.url), single });
}

export async function main(argv: readonly string[]): Promise<number> {
  // A reader that stops early (`agenda-parse archive/ | head`) is not an error of ours: stop quietly.
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const program = buildProgram(run);
  if (argv.length === 0 && stdin.isTTY) {
    process.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are not errors.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      return 2;
    }
    process.stderr.write(`agenda-parse: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
