// What the CLI says on stderr: one line per error or warning, naming the file and the code, and
// the batch summary. Lines go through `writeLine` so that a progress bar can step aside for them.
import { chalkStderr as chalk } from 'chalk';
import type { ReportedDiagnostic } from './task.js';

export interface Summary {
  parsed: number;
  failed: number;
  skipped: number;
  unchanged: number;
  warnings: number;
  /** Wall time of the whole run. */
  seconds: number;
}

export interface Reporter {
  /** Print a document's warnings and errors (info diagnostics never reach here); returns how many. */
  diagnostics(file: string, diagnostics: readonly ReportedDiagnostic[]): number;
  error(file: string, code: string, message: string): void;
  /** A note about the run (a symlink loop not followed); silenced by --quiet. */
  note(file: string, message: string): void;
  summary(summary: Summary): void;
}

export function createReporter(options: { quiet: boolean; writeLine?: (line: string) => void }): Reporter {
  const write = options.writeLine ?? ((line: string) => process.stderr.write(line + '\n'));
  return {
    diagnostics(file, diagnostics) {
      if (!options.quiet) {
        for (const d of diagnostics) {
          const where = d.line !== null ? `${file}:${d.line}:${d.column}` : file;
          const label = d.severity === 'error' ? chalk.red(d.severity) : chalk.yellow(d.severity);
          write(`agenda-parse: ${where}: ${label} ${d.code}: ${d.message}`);
        }
      }
      return diagnostics.length;
    },
    error(file, code, message) {
      write(`agenda-parse: ${file}: ${chalk.red(code)}: ${message}`);
    },
    note(file, message) {
      if (!options.quiet) write(`agenda-parse: ${file}: ${message}`);
    },
    summary(s) {
      if (options.quiet) return;
      const documents = s.parsed + s.failed;
      const rate = s.seconds > 0 ? Math.round(documents / s.seconds) : documents;
      const parts = [`${s.parsed} parsed`, `${s.failed} failed`, `${s.skipped} skipped`];
      if (s.unchanged > 0) parts.push(`${s.unchanged} unchanged`);
      parts.push(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`);
      write(`agenda-parse: ${parts.join(', ')} in ${s.seconds.toFixed(2)} s (${rate} documents/s)`);
    },
  };
}
