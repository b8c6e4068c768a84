// What a conversion is asked to do and what comes of it: shared by the CLI's thread, the batch
// runner and its workers. Kept apart from convert.ts so that the batch runner's main thread can
// use these without loading the parser (only the workers parse).
import { basename, dirname, join } from 'node:path';
import type { AgendaParseError } from '../errors.js';
import type { Language } from '../schema.js';

/** Codes that stop a document: the library's, and the CLI's own (see the README). */
export type FailureCode = AgendaParseError['code'] | 'WRITE_ERROR' | 'OUTPUT_CONFLICT' | 'INTERNAL_ERROR';

export interface DocumentTask {
  /** The file to read; absent when `bytes` are given (a zip entry, stdin). */
  file?: string;
  bytes?: Uint8Array;
  /** What `source.path` says: the path as given, or `archive.zip/entry`; null for stdin. */
  display: string | null;
  /** Output path under --out-dir, without the ".json" suffix; null when printing. */
  outRel: string | null;
  /** Met while walking a directory, a zip or a glob: content that is neither text nor PDF is skipped. */
  walked: boolean;
  /** Modification time of a zip entry (files are stat'ed), for --changed-only. */
  mtimeMs?: number;
}

export interface ReportedDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  line: number | null;
  column: number | null;
}

export type Outcome =
  /**
   * `line`: the output for stdout, without its newline. A batch worker hands it over as `bytes`
   * instead: UTF-8, newline included where one follows (see worker.ts).
   */
  | { status: 'parsed'; line?: string; bytes?: Uint8Array; diagnostics: ReportedDiagnostic[] }
  | { status: 'failed'; code: FailureCode; message: string }
  | { status: 'skipped'; reason: string }
  | { status: 'unchanged' };

export interface ConvertOptions {
  parse: {
    lang?: Language;
    symbol?: string;
    digits?: 'ascii' | 'as-printed';
    spans: boolean;
    password?: string;
  };
  maxBytes: number;
  /** Where the result goes: stdout as one pretty/compact document, stdout as NDJSON, or files. */
  output: { kind: 'stdout'; format: 'pretty' | 'compact' | 'ndjson' } | { kind: 'dir'; dir: string; pretty: boolean };
  emitText: boolean;
  changedOnly: boolean;
  testHooks?: TestHooks;
}

/**
 * Test-only hooks (environment variables read by the CLI), so that time-limit and kill tests
 * never race the machine: a document whose path contains `slowMatch` takes `slowMs` longer,
 * and a task marked `pause` stops just before its output is renamed into place.
 */
export interface TestHooks {
  slowMs?: number;
  slowMatch?: string;
}

export interface ConvertControl {
  /** Stop before the rename (or before returning): the kill test's hook. */
  pause?: () => void;
}

export function outputPath(dir: string, outRel: string, emitText: boolean): string {
  return join(dir, outRel + (emitText ? '.txt' : '.json'));
}

/**
 * The temporary name an output is written under before the rename: hidden (so that a later walk
 * of the output folder skips it), not ending in .json, and the same for a given output within
 * one run, so that the runner can remove it after killing a worker that was writing it.
 */
export function temporaryPath(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.${process.pid}.tmp`);
}

/** The conversion settings that follow from the command line, for a given destination. */
export function convertOptionsFrom(
  options: ConvertOptions['parse'] & { maxBytes: number; emitText?: boolean; changedOnly?: boolean },
  output: ConvertOptions['output'],
  testHooks?: TestHooks,
): ConvertOptions {
  return {
    parse: {
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.symbol ? { symbol: options.symbol } : {}),
      ...(options.digits ? { digits: options.digits } : {}),
      spans: options.spans,
      ...(options.password !== undefined ? { password: options.password } : {}),
    },
    maxBytes: options.maxBytes,
    output,
    emitText: options.emitText === true,
    changedOnly: options.changedOnly === true,
    ...(testHooks ? { testHooks } : {}),
  };
}
