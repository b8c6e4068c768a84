// The shared state the stages read and add to. Offsets inside the pipeline are into the
// normalised text (`NSpan`); the emit stage maps them back to the source (SPEC, "Spans").
import type { NormalisedText } from './normalise/normalise.js';
import type { Language } from './schema.js';
import type { Locale } from './locales/types.js';

export interface NSpan {
  start: number;
  end: number;
}

export interface DraftDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  span: NSpan | null;
}

export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offsets of the line in the normalised text, without its "\n". */
  start: number;
  end: number;
  /** The line's normalised text (ASCII digits). */
  text: string;
}

export interface ParseOptions {
  /** Force the language instead of detecting it. */
  lang?: Language;
  /** Override the document's own symbol. */
  symbol?: string;
  /** Write every digit in text fields as ASCII. */
  digits?: 'as-printed' | 'ascii';
  /** Drop every span field from the output. */
  spans?: boolean;
  /** Source description for the `source` block (the CLI fills it). */
  source?: Partial<SourceInfo>;
}

export interface SourceInfo {
  path: string | null;
  format: 'text' | 'pdf';
  bytes: number;
  sha256: string;
  encoding: string;
  pages: number | null;
  /** For PDF input: offsets where each page starts in the rebuilt text. */
  pageStarts?: number[];
}

export interface ParseContext {
  readonly source: string;
  readonly norm: NormalisedText;
  readonly lines: readonly Line[];
  readonly language: Language | null;
  /** The document's language table; the masthead is also read with English. */
  readonly locale: Locale;
  readonly options: ParseOptions;
  readonly diagnostics: DraftDiagnostic[];
  /** Page furniture below the masthead (blanked in `lines`), left out of every text field. */
  readonly furniture?: readonly NSpan[];
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ index, start, end, text: text.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
    index++;
  }
  return lines;
}

export function diagnose(
  ctx: ParseContext,
  severity: DraftDiagnostic['severity'],
  code: string,
  message: string,
  span: NSpan | null,
): void {
  ctx.diagnostics.push({ severity, code, message, span });
}

/** The line's content span without leading and trailing white space. */
export function trimmedSpan(line: Line): NSpan {
  let start = 0;
  let end = line.text.length;
  while (start < end && /\s/.test(line.text[start]!)) start++;
  while (end > start && /\s/.test(line.text[end - 1]!)) end--;
  return { start: line.start + start, end: line.start + end };
}

/** A line that ends as a sentence does (white space after the stop allowed). */
export const SENTENCE_END = /[.!?؟。！？]\s*$/u;
/** Lines ending a paragraph: final punctuation, closing quotes and brackets. */
export const FINAL_PUNCTUATION = /[.!?؟:;؛…»"”)\]。！？；：」』）]\s*$/u;

// \s and String.prototype.trim() treat the same characters as white space; a search for the first
// other character stops early and copies nothing, where trim() copies a line with margins.
const NON_SPACE = /\S/;

export function isBlank(line: Line): boolean {
  return !NON_SPACE.test(line.text);
}

/**
 * V8 compiles a pattern to bytecode and interprets it on its first run, and compiles it again, to
 * machine code, on the next; over a subject of 1,000 characters or more it compiles machine code
 * at once. A pattern built for a language and then run on short subjects (a line, a window before
 * a number) for every document is compiled once instead of twice by one run over blank text when
 * it is built (as mandates.ts does with its patterns). Machine code is made for one kind of
 * string at a time: Arabic, Russian and Chinese texts are strings of two-byte characters, the
 * others of one-byte ones, so the blank text is of the kind the language's texts are (English
 * patterns also read the other languages' texts; their second kind is then compiled to machine
 * code at once, as the pattern has tiered up; so are a pattern's of every language, made without
 * one, `language` null). Regular-expression compilation was a tenth of one
 * worker's main-thread CPU (perf, cpu-clock samples), much of it compiling twice.
 */
const ONE_BYTE_SUBJECT = ' '.repeat(1000);
const TWO_BYTE_SUBJECT = ' '.repeat(999) + '\u3000';
const TWO_BYTE_LANGUAGES: ReadonlySet<Language | null> = new Set<Language | null>(['ar', 'ru', 'zh']);

/** compiledAtOnce for each pattern of a language's set (other values are left as they are). */
export function allCompiledAtOnce<T extends object>(patterns: T, language: Language | null = null): T {
  for (const value of Object.values(patterns)) if (value instanceof RegExp) compiledAtOnce(value, language);
  return patterns;
}

export function compiledAtOnce<T extends RegExp | null>(pattern: T, language: Language | null = null): T {
  if (pattern) {
    pattern.exec(TWO_BYTE_LANGUAGES.has(language) ? TWO_BYTE_SUBJECT : ONE_BYTE_SUBJECT);
    pattern.lastIndex = 0;
  }
  return pattern;
}
