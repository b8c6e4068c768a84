// The command line: a thin layer over the library. stdout carries JSON only; diagnostics,
// errors and summaries go to stderr. Exit status: 0 all parsed, 1 any input failed (or had
// warnings under --strict), 2 usage error.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { stdin, stdout } from 'node:process';
import { parseFile } from '../index.js';
import { AgendaParseError } from '../errors.js';
import type { AgendaDocument, Language } from '../schema.js';
import { DEFAULT_MAX_BYTES } from '../input/read.js';
import { createReporter, type Reporter } from './report.js';

const LANGUAGES: Language[] = ['ar', 'en', 'fr', 'es', 'ru', 'zh'];

export interface CliOptions {
  lang?: Language;
  symbol?: string;
  digits?: 'ascii' | 'as-printed';
  spans: boolean;
  compact?: boolean;
  strict?: boolean;
  quiet?: boolean;
  maxBytes: number;
  password?: string;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function buildProgram(run: (inputs: string[], options: CliOptions) => Promise<number>): Command {
  const program = new Command('agenda-parse');
  program
    .description(
      'Turn United Nations agenda documents (text or PDF, in any of the six UN languages) into JSON.\n' +
        'One file prints one pretty-printed JSON document; several print NDJSON, one line each.',
    )
    .argument('[inputs...]', 'files to parse; "-" (or no argument, with input piped) reads stdin')
    .addOption(new Option('--lang <code>', 'language of the document, instead of detecting it').choices(LANGUAGES))
    .option('--symbol <symbol>', "the document's own symbol, when the text does not print it")
    .addOption(new Option('--digits <style>', 'digits in text fields: as printed, or all ASCII').choices(['ascii', 'as-printed']))
    .option('--no-spans', 'leave out every span (offsets back into the source text)')
    .option('--compact', 'print one line of JSON instead of pretty-printed JSON')
    .option('--strict', 'exit 1 when a document has warnings (it is still printed)')
    .option('-q, --quiet', 'print no warnings on stderr, only errors')
    .option('--max-bytes <n>', 'refuse inputs larger than this', positiveInteger, DEFAULT_MAX_BYTES)
    .option('--password <password>', 'password of an encrypted PDF')
    .addHelpText(
      'after',
      `
Examples:
  agenda-parse fixtures/ar/CTOC_COP_WG.4_2010_1.txt          one document, pretty JSON
  agenda-parse agenda.txt | jq '.items[].title'               pipe into jq
  cat agenda.txt | agenda-parse --compact                      from stdin
  agenda-parse schema                                          the JSON Schema of the output

Exit status: 0 every input parsed, 1 an input failed (or had warnings with --strict), 2 usage error.
Errors are one line on stderr: agenda-parse: FILE: CODE: reason.`,
    )
    .showHelpAfterError('(run agenda-parse --help for usage)')
    .exitOverride()
    .action(async (inputs: string[], options: CliOptions) => {
      process.exitCode = await run(inputs, options);
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

async function parseOne(input: string | Uint8Array, path: string | null, options: CliOptions): Promise<AgendaDocument> {
  return parseFile(input, {
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.symbol ? { symbol: options.symbol } : {}),
    ...(options.digits ? { digits: options.digits } : {}),
    spans: options.spans,
    maxBytes: options.maxBytes,
    path,
    ...(options.password !== undefined ? { password: options.password } : {}),
  });
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      throw new AgendaParseError('TOO_LARGE', `over the limit of ${maxBytes} bytes (--max-bytes)`, null);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

async function run(inputs: string[], options: CliOptions): Promise<number> {
  const reporter: Reporter = createReporter({ quiet: options.quiet === true });
  const single = inputs.length <= 1;
  const targets = inputs.length === 0 ? ['-'] : inputs;
  let failed = false;
  for (const target of targets) {
    const path = target === '-' ? null : target;
    try {
      const document = target === '-' ? await parseOne(await readStdin(options.maxBytes), null, options) : await parseOne(target, path, options);
      const warnings = reporter.diagnostics(path ?? '<stdin>', document);
      if (options.strict && warnings > 0) failed = true;
      const json = single && !options.compact ? JSON.stringify(document, null, 2) : JSON.stringify(document);
      await write(json + '\n');
    } catch (error) {
      if (!(error instanceof AgendaParseError)) throw error;
      failed = true;
      reporter.error(path ?? '<stdin>', error.code, error.message);
      if (!single) {
        await write(JSON.stringify({ source: { path }, error: { code: error.code, message: error.message } }) + '\n');
      }
    }
  }
  return failed ? 1 : 0;
}

export async function main(argv: readonly string[]): Promise<number> {
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
