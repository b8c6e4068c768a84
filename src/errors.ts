// Errors that stop a document (SPEC "Diagnostics and errors"): a code, the file, the reason.
import type { ErrorCode } from './schema.js';

export class AgendaParseError extends Error {
  readonly code: ErrorCode;
  readonly path: string | null;

  constructor(code: ErrorCode, message: string, path: string | null = null) {
    super(message);
    this.name = 'AgendaParseError';
    this.code = code;
    this.path = path;
  }
}
