// The library: parseAgenda(text) and parseFile(path | bytes). Importing this module has no side
// effects; the CLI (src/cli/) is a thin layer over it.
import type { ParseOptions } from './context.js';
import { AgendaParseError } from './errors.js';
import { readInput, type ReadOptions } from './input/read.js';
import { runPipeline } from './pipeline.js';
import { conformsToAgendaDocument } from './conforms.js';
import { agendaDocumentSchema, type AgendaDocument } from './schema.js';

export type { ParseOptions } from './context.js';
export { AgendaParseError } from './errors.js';
export { normalise } from './normalise/normalise.js';
export * from './schema.js';

export type ParseFileOptions = ParseOptions & Omit<ReadOptions, 'path'> & { path?: string | null };

/**
 * Parse decoded text, synchronously. Spans are offsets into `text` after a leading BOM is
 * removed. The result is validated against the output schema before it is returned.
 */
export function parseAgenda(text: string, options: ParseOptions = {}): AgendaDocument {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const document = runPipeline(source, options);
  // The cheap check answers as zod would; zod runs only for a refusal, to name the fields.
  if (conformsToAgendaDocument(document)) return document;
  const checked = agendaDocumentSchema.safeParse(document);
  if (!checked.success) {
    // The pipeline built something outside the contract: a bug, reported with the field.
    throw new Error(`agenda-parse produced invalid output: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return document;
}

/** Read a file (or bytes), detect text or PDF by content, decode and parse. */
export async function parseFile(input: string | Uint8Array, options: ParseFileOptions = {}): Promise<AgendaDocument> {
  const read = await readInput(input, options);
  const document = parseAgenda(read.text, { ...options, source: { ...read.source, ...options.source } });
  const warning = (code: string, message: string) =>
    document.diagnostics.unshift({ severity: 'warning', code, message, ...(options.spans === false ? {} : { span: null }) });
  if (read.invalidUtf8) warning('INVALID_UTF8', 'invalid UTF-8 sequences were replaced with U+FFFD');
  if (read.encodingGuessed) warning('ENCODING_GUESSED', `no byte-order mark: read as ${read.source.encoding}`);
  return document;
}

export function isAgendaParseError(error: unknown): error is AgendaParseError {
  return error instanceof AgendaParseError;
}
