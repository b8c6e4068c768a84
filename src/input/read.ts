// Read one input: a path or bytes → decoded text and the `source` block. PDF input is handed to
// the PDF reader, imported only when a PDF arrives so that text input never loads pdf.js.
import { hash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { SourceInfo } from '../context.js';
import { AgendaParseError } from '../errors.js';
import { decodeText, sniff } from './decode.js';

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  /** The path to report for bytes given directly (stdin: null). */
  path?: string | null;
  password?: string;
}

export interface ReadResult {
  text: string;
  source: SourceInfo;
  invalidUtf8: boolean;
  encodingGuessed?: boolean;
}

function ioError(error: unknown, path: string): AgendaParseError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AgendaParseError('FILE_NOT_FOUND', 'no such file', path);
  if (code === 'EISDIR') return new AgendaParseError('READ_ERROR', 'is a directory', path);
  if (code === 'EACCES' || code === 'EPERM') return new AgendaParseError('READ_ERROR', 'permission denied', path);
  return new AgendaParseError('READ_ERROR', (error as Error).message, path);
}

export async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    throw ioError(error, path);
  }
  if (size > maxBytes) {
    throw new AgendaParseError('TOO_LARGE', `${size} bytes, over the limit of ${maxBytes} (--max-bytes)`, path);
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw ioError(error, path);
  }
}

export async function readInput(input: string | Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // The path to report: as given (a CLI argument, a name relative to a folder), else the file's.
  const path = options.path !== undefined ? options.path : typeof input === 'string' ? input : null;
  const bytes = typeof input === 'string' ? await readBytes(input, maxBytes) : input;
  if (bytes.length > maxBytes) {
    throw new AgendaParseError('TOO_LARGE', `${bytes.length} bytes, over the limit of ${maxBytes} (--max-bytes)`, path);
  }
  const kind = sniff(bytes);
  if (kind === 'empty') throw new AgendaParseError('EMPTY_INPUT', 'the input is empty', path);
  if (kind === 'binary') throw new AgendaParseError('NOT_TEXT', 'binary data, neither text nor PDF', path);
  // One call, not createHash().update().digest(): three objects fewer per document.
  const sha256 = hash('sha256', bytes);
  if (kind === 'pdf') {
    const { extractPdfText } = await import('./pdf.js');
    const pdf = await extractPdfText(bytes, { path, password: options.password });
    return {
      text: pdf.text,
      invalidUtf8: false,
      source: {
        path,
        format: 'pdf',
        bytes: bytes.length,
        sha256,
        encoding: 'pdf',
        pages: pdf.pages,
        pageStarts: pdf.pageStarts,
      },
    };
  }
  const decoded = decodeText(bytes, path);
  if (!/\S/.test(decoded.text)) throw new AgendaParseError('EMPTY_INPUT', 'the input holds only white space', path);
  return {
    text: decoded.text,
    invalidUtf8: decoded.invalidUtf8,
    ...(decoded.encodingGuessed ? { encodingGuessed: true } : {}),
    source: { path, format: 'text', bytes: bytes.length, sha256, encoding: decoded.encoding, pages: null },
  };
}
