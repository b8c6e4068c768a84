// What the CLI says on stderr: one line per error or warning, naming the file and the code.
import { chalkStderr as chalk } from 'chalk';
import type { AgendaDocument } from '../schema.js';

export interface Reporter {
  /** Print a document's warnings and errors (not its info diagnostics); returns how many. */
  diagnostics(file: string, document: AgendaDocument): number;
  error(file: string, code: string, message: string): void;
}

export function createReporter(options: { quiet: boolean }): Reporter {
  const write = (line: string) => process.stderr.write(line + '\n');
  return {
    diagnostics(file, document) {
      let count = 0;
      for (const d of document.diagnostics) {
        if (d.severity === 'info') continue;
        count++;
        if (options.quiet) continue;
        const where = d.span ? `${file}:${d.span.line}:${d.span.column}` : file;
        const label = d.severity === 'error' ? chalk.red(d.severity) : chalk.yellow(d.severity);
        write(`agenda-parse: ${where}: ${label} ${d.code}: ${d.message}`);
      }
      return count;
    },
    error(file, code, message) {
      write(`agenda-parse: ${file}: ${chalk.red(code)}: ${message}`);
    },
  };
}
