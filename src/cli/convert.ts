// One input → one outcome: read it, parse it (or only read it, for --emit-text), and either hand
// back the line for stdout or write the output file under --out-dir. The same function runs in
// the CLI's own thread for a single input and in the batch runner's worker threads, so both
// paths read, skip, fail and write alike. It never writes to stdout or stderr itself.
import { hash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseFile } from '../index.js';
import { AgendaParseError } from '../errors.js';
import { sniff } from '../input/decode.js';
import { readInput } from '../input/read.js';
import { outputPath, temporaryPath, type ConvertControl, type ConvertOptions, type DocumentTask, type Outcome, type ReportedDiagnostic, type TestHooks } from './task.js';

const SNIFF_BYTES = 8192;

function ioError(error: unknown, path: string | null): AgendaParseError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AgendaParseError('FILE_NOT_FOUND', 'no such file', path);
  if (code === 'EISDIR') return new AgendaParseError('READ_ERROR', 'is a directory', path);
  if (code === 'EACCES' || code === 'EPERM') return new AgendaParseError('READ_ERROR', 'permission denied', path);
  if (code === 'ELOOP') return new AgendaParseError('READ_ERROR', 'symbolic link loop', path);
  return new AgendaParseError('READ_ERROR', (error as Error).message, path);
}

function tooLarge(size: number, maxBytes: number, path: string | null): AgendaParseError {
  return new AgendaParseError('TOO_LARGE', `${size} bytes, over the limit of ${maxBytes} (--max-bytes)`, path);
}

interface ReadBytes {
  bytes: Uint8Array;
  mtimeMs: number;
}

/**
 * Read a file synchronously (workers have nothing else to do meanwhile, and it is several times
 * cheaper than fs/promises for small files). A walked file is sniffed from its first 8 KB before
 * the rest is read, so a large image in an archive is skipped, not refused as too large.
 */
function readFileBytes(file: string, display: string | null, maxBytes: number, walked: boolean): ReadBytes | 'binary' {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw ioError(error, display);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new AgendaParseError('READ_ERROR', 'is a directory', display);
    if (!info.isFile()) {
      // A pipe or device named on the command line (`<(cmd)`): read to the end.
      const bytes = readFileSync(fd);
      if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, display);
      return { bytes, mtimeMs: info.mtimeMs };
    }
    const size = info.size;
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    if (walked && size > 0) {
      filled = readSync(fd, bytes, 0, Math.min(size, SNIFF_BYTES), 0);
      if (sniff(bytes.subarray(0, filled)) === 'binary') return 'binary';
    }
    if (size > maxBytes) throw tooLarge(size, maxBytes, display);
    while (filled < size) {
      const n = readSync(fd, bytes, filled, size - filled, filled);
      if (n === 0) break; // the file shrank while we read it
      filled += n;
    }
    return { bytes: filled === size ? bytes : bytes.subarray(0, filled), mtimeMs: info.mtimeMs };
  } catch (error) {
    throw error instanceof AgendaParseError ? error : ioError(error, display);
  } finally {
    closeSync(fd);
  }
}

const createdDirectories = new Set<string>();

function writeAtomically(finalPath: string, content: string, control: ConvertControl): void {
  const folder = dirname(finalPath);
  const temporary = temporaryPath(finalPath);
  try {
    if (!createdDirectories.has(folder)) {
      mkdirSync(folder, { recursive: true });
      createdDirectories.add(folder);
    }
    writeFileSync(temporary, content);
    control.pause?.();
    renameSync(temporary, finalPath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new WriteError((error as Error).message);
  }
}

class WriteError extends Error {}

function sha256(bytes: Uint8Array): string {
  return hash('sha256', bytes);
}

/** --changed-only: the output exists, is not older than the input, and records the same content hash. */
function isUnchanged(finalPath: string, inputMtimeMs: number, bytes: Uint8Array): boolean {
  let outputMtimeMs: number;
  try {
    outputMtimeMs = statSync(finalPath).mtimeMs;
  } catch {
    return false;
  }
  if (outputMtimeMs < inputMtimeMs) return false;
  try {
    const recorded = (JSON.parse(readFileSync(finalPath, 'utf8')) as { source?: { sha256?: unknown } }).source?.sha256;
    return typeof recorded === 'string' && recorded === sha256(bytes);
  } catch {
    return false; // unreadable or half-edited by hand: convert again
  }
}

function slowDown(hooks: TestHooks | undefined, display: string | null): void {
  if (!hooks?.slowMs || (hooks.slowMatch && !(display ?? '').includes(hooks.slowMatch))) return;
  // Blocks the thread like a pathological regular expression would, in short waits so that a
  // worker's termination lands promptly.
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const end = Date.now() + hooks.slowMs;
  for (let left = hooks.slowMs; left > 0; left = end - Date.now()) Atomics.wait(cell, 0, 0, Math.min(left, 50));
}

function reportedDiagnostics(diagnostics: readonly { severity: string; code: string; message: string; span?: { line: number; column: number } | null }[]): ReportedDiagnostic[] {
  const reported: ReportedDiagnostic[] = [];
  for (const d of diagnostics) {
    if (d.severity !== 'warning' && d.severity !== 'error') continue;
    reported.push({ severity: d.severity, code: d.code, message: d.message, line: d.span?.line ?? null, column: d.span?.column ?? null });
  }
  return reported;
}

export async function convertDocument(task: DocumentTask, options: ConvertOptions, control: ConvertControl = {}): Promise<Outcome> {
  try {
    let bytes: Uint8Array;
    let mtimeMs = task.mtimeMs ?? 0;
    if (task.bytes) {
      bytes = task.bytes;
      if (bytes.length > options.maxBytes) throw tooLarge(bytes.length, options.maxBytes, task.display);
      if (task.walked && sniff(bytes.subarray(0, SNIFF_BYTES)) === 'binary') return { status: 'skipped', reason: 'neither text nor PDF' };
    } else if (task.file !== undefined) {
      const read = readFileBytes(task.file, task.display, options.maxBytes, task.walked);
      if (read === 'binary') return { status: 'skipped', reason: 'neither text nor PDF' };
      bytes = read.bytes;
      mtimeMs = read.mtimeMs;
    } else {
      throw new Error('a task needs a file or bytes');
    }

    const output = options.output;
    const finalPath = output.kind === 'dir' && task.outRel !== null ? outputPath(output.dir, task.outRel, options.emitText) : null;
    if (options.changedOnly && finalPath !== null && isUnchanged(finalPath, mtimeMs, bytes)) return { status: 'unchanged' };

    slowDown(options.testHooks, task.display);

    let content: string;
    let diagnostics: ReportedDiagnostic[] = [];
    const readOptions = { maxBytes: options.maxBytes, path: task.display, ...(options.parse.password !== undefined ? { password: options.parse.password } : {}) };
    if (options.emitText) {
      const read = await readInput(bytes, readOptions);
      if (output.kind === 'stdout' && output.format === 'ndjson') {
        const { pageStarts: _pageStarts, ...source } = read.source;
        content = JSON.stringify({ source, text: read.text });
      } else {
        content = read.text;
      }
    } else {
      const document = await parseFile(bytes, { ...options.parse, ...readOptions });
      diagnostics = reportedDiagnostics(document.diagnostics);
      const pretty = output.kind === 'dir' ? output.pretty : output.format === 'pretty';
      content = pretty ? JSON.stringify(document, null, 2) : JSON.stringify(document);
    }

    if (finalPath !== null) {
      // JSON ends with a newline; the text of --emit-text is written exactly, since spans index into it.
      writeAtomically(finalPath, options.emitText ? content : content + '\n', control);
      return { status: 'parsed', diagnostics };
    }
    control.pause?.();
    return { status: 'parsed', line: content, diagnostics };
  } catch (error) {
    if (error instanceof AgendaParseError) return { status: 'failed', code: error.code, message: error.message };
    if (error instanceof WriteError) return { status: 'failed', code: 'WRITE_ERROR', message: `cannot write the output: ${error.message}` };
    // A bug (the parser threw, or built output outside the schema): this document fails, the batch goes on.
    return { status: 'failed', code: 'INTERNAL_ERROR', message: error instanceof Error ? error.message : String(error) };
  }
}

