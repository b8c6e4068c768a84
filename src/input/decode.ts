// Bytes → text. Detects PDF by content (%PDF-), refuses binary data, honours byte-order marks,
// and reads UTF-8 strictly: invalid sequences are replaced and reported, never silently kept.
import { AgendaParseError } from '../errors.js';

export type InputKind = 'text' | 'pdf' | 'binary' | 'empty';

export interface DecodedText {
  text: string;
  encoding: string;
  /** Set when invalid UTF-8 had to be replaced. */
  invalidUtf8: boolean;
  /** Set when the encoding was inferred from the bytes (UTF-16 without a byte-order mark). */
  encodingGuessed?: boolean;
}

/**
 * UTF-16 without a byte-order mark: in the first kilobytes, zeros stand at one parity only (the
 * high bytes of ASCII characters), never at the other.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, BINARY_SNIFF) & ~1;
  if (end < 8) return null;
  // Text in an 8-bit encoding has no zero at all: one native search rules UTF-16 out.
  if (bytes.subarray(0, end).indexOf(0) === -1) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // Arabic or Cyrillic text has zeros only beside its spaces, digits and punctuation; binary data
  // has them at both parities.
  const pairs = end / 2;
  if (oddZero > pairs * 0.1 && evenZero <= pairs * 0.01) return 'utf-16le';
  if (evenZero > pairs * 0.1 && oddZero <= pairs * 0.01) return 'utf-16be';
  return null;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** pdf.js accepts a header anywhere in the first kilobyte, as readers do. */
const PDF_HEADER_WINDOW = 1024;
const BINARY_SNIFF = 8192;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function findPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  if (limit < 0) return false;
  // Only a "%" can start the header: the native search skips from one to the next.
  const window = bytes.subarray(0, limit + 1);
  for (let i = window.indexOf(0x25); i !== -1; i = window.indexOf(0x25, i + 1)) if (startsWith(bytes, PDF_MAGIC, i)) return true;
  return false;
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** What the bytes are, by content alone. */
export function sniff(bytes: Uint8Array): InputKind {
  if (bytes.length === 0) return 'empty';
  if (findPdfHeader(bytes)) return 'pdf';
  if (utf16Bom(bytes) || guessUtf16(bytes)) return 'text';
  const end = Math.min(bytes.length, BINARY_SNIFF);
  const window = bytes.subarray(0, end);
  if (window.indexOf(0) !== -1) return 'binary';
  // Text has almost no control characters; images and archives are full of them. They are
  // counted by a regular expression over the bytes read as Latin-1 (one byte, one character):
  // a native scan, where text has none to count.
  const latin1 = Buffer.from(window.buffer, window.byteOffset, window.length).toString('latin1');
  CONTROL_BYTE.lastIndex = 0;
  let control = 0;
  while (CONTROL_BYTE.test(latin1)) control++;
  return control > end / 20 ? 'binary' : 'text';
}

/** Control characters other than tab, line feed, form feed, carriage return and escape (and NUL, binary outright). */
const CONTROL_BYTE = /[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;

// Decoders are stateless between calls without { stream: true }: one each serves every input.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array, path: string | null): DecodedText {
  const bom16 = utf16Bom(bytes);
  if (bom16) {
    const text = new TextDecoder(bom16).decode(bytes.subarray(2));
    return { text, encoding: bom16, invalidUtf8: false };
  }
  const guessed = guessUtf16(bytes);
  if (guessed) {
    return { text: new TextDecoder(guessed).decode(bytes), encoding: guessed, invalidUtf8: false, encodingGuessed: true };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: STRICT_UTF8.decode(body), encoding: 'utf-8', invalidUtf8: false };
  } catch {
    const text = LENIENT_UTF8.decode(body);
    if (text.length === 0) throw new AgendaParseError('NOT_TEXT', 'not decodable as text', path);
    return { text, encoding: 'utf-8', invalidUtf8: true };
  }
}
