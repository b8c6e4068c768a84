// Entries of an item's documentation list: "Report of the meeting … (CTOC/COP/WG.4/2009/2)".
// One output entry per symbol an entry names; the description is the entry without the
// bracketed symbol. An entry without a symbol is kept with `symbol: null`.
//
// Lists are also printed as tables, one row per document: "ECE/MP.WAT/WG.5/2010/1<TAB>Provisional
// agenda", the symbol in the first cell (or, in Arabic taken in visual order, in the last). Such a
// row is its own entry, and its symbols are those of its symbol cell.
import type { Line, NSpan, ParseContext } from '../context.js';
import { alternation, perLocale } from '../locales/patterns.js';
import { LIST_CONJUNCTIONS, LIST_SEPARATORS } from '../locales/symbols.js';
import type { Locale } from '../locales/types.js';
import { matchHeadingText } from '../segment/headings.js';
import type { DocumentEntryDraft } from './items.js';
import { findDocumentSymbols, type SymbolMatch } from './symbols.js';
import { fieldText, trimFieldSpan } from './text-fields.js';

export interface ResolvedDocument {
  symbol: string | null;
  description: string | null;
  span: NSpan;
}

/** Brackets of documentation entries, half- and full-width. */
export const OPENING_BRACKETS = new Set(['(', '[', '（']);
export const CLOSING_BRACKETS = new Set([')', ']', '）']);

/** Brackets left open after `text`, given `depth` open before it (a stray closing one is ignored). */
export function bracketDepth(text: string, depth: number): number {
  // The pattern skips to the next bracket: most lines have none or few, and a character loop
  // is slow until it is compiled.
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m !== null; m = BRACKET.exec(text)) {
    if (OPENING_BRACKETS.has(m[0])) depth++;
    else depth = Math.max(0, depth - 1);
  }
  return depth;
}
const BRACKET = /[([（)\]）]/g;

const SEPARATOR = /[;؛；,،，]/;
const BRACKET_OR_SEPARATOR = /[([（)\]）;؛；,،，]/g;
/**
 * A conjunction after a bracketed symbol: "Bolivia (DP/FPA/CPD/BOL/8) and Ghana
 * (DP/FPA/CPD/GHA/8)", "… (A/1) وتقرير … (A/2)": it joins two entries as a semicolon would.
 */
const CONJOINED_AFTER_BRACKET = /[)\]）](?:[ \t]+(?:and|et|y|и|و)[ \t]+|[ \t]*و(?=ال)|[ \t]*[和及])/iu;
// The Arabic و is glued to its word: read as "and" only before the article (a word may begin with و: "وثيقة").
const CONJUNCTION_AFTER_BRACKET = /(?:[ \t]+(?:and|et|y|и|و)[ \t]+|[ \t]*و(?=ال)|[ \t]*[和及])/iy;

/**
 * A part of an entry cut at its semicolons, and the symbols it names when the cut already found
 * them (null when the part was joined with parts without a symbol, and its text is another).
 */
interface EntryPart {
  span: NSpan;
  symbols: SymbolMatch[] | null;
}

/**
 * The entry cut at semicolons outside brackets, when more than one part names a symbol; null when
 * it is one entry.
 */
function splitAtSemicolons(ctx: ParseContext, span: NSpan): EntryPart[] | null {
  const text = ctx.norm.text;
  const entry = text.slice(span.start, span.end);
  // Most entries have no separator at all: one pattern says so before the entry is walked.
  if (!SEPARATOR.test(entry) && !CONJOINED_AFTER_BRACKET.test(entry)) return null;
  const parts: NSpan[] = [];
  let depth = 0;
  let from = span.start;
  // Only brackets and separators matter: the pattern steps from one to the next.
  BRACKET_OR_SEPARATOR.lastIndex = 0;
  for (let m = BRACKET_OR_SEPARATOR.exec(entry); m !== null; m = BRACKET_OR_SEPARATOR.exec(entry)) {
    const ch = m[0];
    const i = span.start + m.index;
    if (OPENING_BRACKETS.has(ch)) depth++;
    else if (CLOSING_BRACKETS.has(ch)) {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        CONJUNCTION_AFTER_BRACKET.lastIndex = i + 1;
        const conjunction = CONJUNCTION_AFTER_BRACKET.exec(text);
        if (conjunction && conjunction.index + conjunction[0].length < span.end) {
          parts.push(trimFieldSpan(ctx, { start: from, end: i + 1 }, true));
          from = i + 1 + conjunction[0].length;
          BRACKET_OR_SEPARATOR.lastIndex = from - span.start; // the walk goes on after the conjunction
        }
      }
    }
    // Semicolons, and commas too ("… (UNEP/EA.6/8)، وتقرير … (UNEP/EA.6/9)"): a part is cut off only
    // when more than one part names a symbol.
    else if (depth === 0) {
      parts.push(trimFieldSpan(ctx, { start: from, end: i }, true));
      from = i + 1;
    }
  }
  if (parts.length === 0) return null; // no semicolon: one entry
  parts.push(trimFieldSpan(ctx, { start: from, end: span.end }, true));
  // A part without a symbol belongs to the next one that has one ("Report on A, B and C (X/1)");
  // parts after the last symbol, to the last.
  const named: EntryPart[] = [];
  let pending: number | null = null;
  for (const part of parts) {
    if (part.end <= part.start) continue;
    const symbols = findDocumentSymbols(text.slice(part.start, part.end));
    if (symbols.length > 0) {
      named.push(pending === null ? { span: part, symbols } : { span: { start: pending, end: part.end }, symbols: null });
      pending = null;
    } else {
      pending ??= part.start;
    }
  }
  const last = parts[parts.length - 1]!;
  if (pending !== null && named.length > 0) {
    const lastNamed = named[named.length - 1]!;
    lastNamed.span = { start: lastNamed.span.start, end: last.end };
    lastNamed.symbols = null;
  }
  return named.length > 1 ? named : null;
}

export function resolveDocumentEntry(ctx: ParseContext, entry: DocumentEntryDraft): ResolvedDocument[] {
  return resolveEntrySpan(ctx, entry.span);
}

/**
 * The documents of the entry at `span`. By span, not by entry: the parts of an entry cut at its
 * semicolons were passed back as objects of another shape than the entries, and each step below
 * is a function of its own, optimised apart (resolveDocumentEntry was compiled twice, ~30 ms).
 */
function resolveEntrySpan(ctx: ParseContext, span: NSpan): ResolvedDocument[] {
  const documents: ResolvedDocument[] = [];
  // "ECE/…/2010/3 and Corr.1; ECE/…/2010/3/Add.1": entries that share a line, each its own.
  const parts = splitAtSemicolons(ctx, span);
  if (parts === null) {
    resolvePart(ctx, span, null, documents);
    return documents;
  }
  // A part is not cut again: its walk would stop where the entry's did, with no cut inside it
  // (the depth of brackets is 0 at each cut, and a conjunction cut inside a part would have been
  // cut in the entry). So each part is resolved as it is, with the symbols already found.
  for (const part of parts) resolvePart(ctx, part.span, part.symbols, documents);
  return documents;
}

/** Pushes the documents of an entry (or of one part of it) that is not cut at semicolons. */
function resolvePart(ctx: ParseContext, span: NSpan, found: SymbolMatch[] | null, documents: ResolvedDocument[]): void {
  const text = ctx.norm.text;
  const { start, end } = span;
  // The entry's text is sliced once, for its symbols and its reading as a table row.
  const entryText = text.slice(start, end);
  const symbols = found ?? findDocumentSymbols(entryText);
  if (symbols.length === 0) {
    documents.push({ symbol: null, description: fieldText(ctx, trimFieldSpan(ctx, span, true)) || null, span });
    return;
  }
  // A table row: the symbol cell names the documents, the rest describes them (and may cite others).
  const row = documentRow(entryText, symbols);
  if (row) {
    const description = rowDescription(ctx, span, row);
    pushDocuments(entryText, row.symbols, description, span, documents);
    return;
  }
  const cut = bracketedSymbols(text, span, symbols);
  const description = descriptionAround(ctx, span, cut);
  pushDocuments(entryText, symbols, description, span, documents);
}

/**
 * One document per symbol, except a joint symbol: one report issued under two symbols, printed
 * joined by a dash ("(E/2026/28-E/CN.7/2026/15)", as ECOSOC's functional commissions print their
 * reports, "A/80/81-E/2025/62") is one document, its symbol the parts joined by a hyphen as
 * `document.symbol` gives a masthead's joint symbol. `symbols` are offsets into `entryText`.
 */
function pushDocuments(entryText: string, symbols: readonly SymbolMatch[], description: string | null, span: NSpan, documents: ResolvedDocument[]): void {
  let symbol = symbols[0]!.symbol;
  for (let i = 1; i <= symbols.length; i++) {
    const next = symbols[i];
    if (next && isJointDash(entryText, symbols[i - 1]!.end, next.start)) {
      symbol += `-${next.symbol}`;
      continue;
    }
    documents.push({ symbol, description, span });
    if (next) symbol = next.symbol;
  }
}

/** Whether [from, to) of `text` is the dash of a joint symbol: one hyphen or dash, perhaps spaced ("A/86/513 – S/2031/800"). */
function isJointDash(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 3) return false;
  let dashes = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '-' || ch === '–' || ch === '—') dashes++;
    else if (ch !== ' ') return false;
  }
  return dashes === 1;
}

/** A table row's description: the cells beside its symbol cell. */
function rowDescription(ctx: ParseContext, span: NSpan, row: DocumentRow): string | null {
  const { start, end } = span;
  const rest = row.cell === 'first' ? { start: start + row.cellEnd, end } : { start, end: start + row.cellStart };
  const described = trimFieldSpan(ctx, skipCellSeparator(ctx.norm.text, rest), true);
  return described.end > described.start ? fieldText(ctx, described) || null : null;
}

/** The symbols of an entry with the brackets around them: the part cut out of its description. */
function bracketedSymbols(text: string, span: NSpan, symbols: readonly SymbolMatch[]): NSpan {
  const { start, end } = span;
  let cutStart = start + symbols[0]!.start;
  let cutEnd = start + symbols[symbols.length - 1]!.end;
  let open = cutStart - 1;
  while (open >= start && text[open] === ' ') open--;
  if (open >= start && OPENING_BRACKETS.has(text[open]!)) {
    // The bracket that closes this one: "(LC/CPX.29/3(SES.40/4))" holds a bracketed part.
    let close = cutEnd;
    let nested = 0;
    for (; close < end && close - cutEnd < 40; close++) {
      const ch = text[close]!;
      if (OPENING_BRACKETS.has(ch)) nested++;
      else if (CLOSING_BRACKETS.has(ch) && nested-- === 0) break;
    }
    if (close < end && CLOSING_BRACKETS.has(text[close]!)) {
      cutStart = open;
      cutEnd = close + 1;
    }
  } else if (open >= start && CLOSING_BRACKETS.has(text[open]!)) {
    // ")E/CN.15/2026/1(": right-to-left text extracted with its brackets mirrored.
    let close = cutEnd;
    while (close < end && text[close] === ' ') close++;
    if (close < end && OPENING_BRACKETS.has(text[close]!)) {
      cutStart = open;
      cutEnd = close + 1;
    }
  }
  return { start: cutStart, end: cutEnd };
}

/**
 * The entry's description: its text before and after the cut symbols, joined by a space. Joined
 * without an array: fieldText's texts are trimmed already, so one space between two non-empty
 * ones is all a join and a trim would give.
 */
function descriptionAround(ctx: ParseContext, span: NSpan, cut: NSpan): string | null {
  const before = trimFieldSpan(ctx, { start: span.start, end: cut.start }, true);
  const after = trimFieldSpan(ctx, { start: cut.end, end: span.end }, true);
  const beforeText = before.end > before.start ? fieldText(ctx, before) : '';
  const afterText = after.end > after.start ? fieldText(ctx, after) : '';
  if (beforeText === '') return afterText || null;
  return afterText === '' ? beforeText : `${beforeText} ${afterText}`;
}

/** How a line (or an entry) of a documentation list reads as a table row. */
export interface DocumentRow {
  /** The symbols stand at the start ("A/64/1<TAB>Report") or at the end ("Report<TAB>A/64/1"). */
  cell: 'first' | 'last';
  /** A column gap (a tab, or two spaces or more) divides the symbols from the description. */
  columns: boolean;
  /** Some description stands beside the symbols. */
  described: boolean;
  /** The symbols of the symbol cell: "A/64/13 and Add.1" is two. */
  symbols: SymbolMatch[];
  /** [cellStart, cellEnd): the symbol cell within the text. */
  cellStart: number;
  cellEnd: number;
}

/** Bullets and spaces a list line may start with. */
const LEADING = new Set([' ', '\t', '-', '–', '—', '•', '*']);
/** Punctuation a list line may end with after its last symbol. */
const TRAILING = new Set([' ', '\t', '.', ';', '؛', ',', '،', '*']);
/** Between the symbols of one cell at most a separator and a conjunction: ", ", " and ", "و". */
const MAX_LIST_GAP = 8;
const CONJUNCTIONS = new Set<string>(LIST_CONJUNCTIONS.map((c) => c.text));
const LIST_GAP_CHARS = new Set<string>([' ', ...LIST_SEPARATORS]);

function isListGap(gap: string): boolean {
  if (gap.length > MAX_LIST_GAP || gap.includes('\t') || gap.includes('  ')) return false;
  let word = '';
  for (const ch of gap) if (!LIST_GAP_CHARS.has(ch)) word += ch;
  return word === '' || CONJUNCTIONS.has(word.toLowerCase());
}

/** A list of symbols that goes on on the next line: "A/64/13,", "A/64/13 and", "A/64/13和". */
const CONJUNCTION_WORDS = LIST_CONJUNCTIONS.map((c) => c.text).join('|');
const GLUED_CONJUNCTIONS = LIST_CONJUNCTIONS.filter((c) => c.glued).map((c) => c.text).join('|');
const OPEN_LIST = new RegExp(
  `(?:[${LIST_SEPARATORS.join('')}]|(?:^|\\s)(?:${CONJUNCTION_WORDS})|[A-Za-z0-9](?:${GLUED_CONJUNCTIONS}))$`,
  'iu',
);

export function endsOpenList(text: string): boolean {
  return OPEN_LIST.test(text);
}

function isColumnGap(gap: string): boolean {
  return gap.includes('\t') || gap.length >= 2;
}

/**
 * The text read as a table row of a documentation list, or null: its first symbols at its very
 * start (after a bullet), or its last symbols at its very end after a column gap. `symbols` are
 * the text's own (findDocumentSymbols), when already found.
 */
export function documentRow(text: string, symbols: readonly SymbolMatch[] = findDocumentSymbols(text)): DocumentRow | null {
  if (symbols.length === 0) return null;
  let start = 0;
  while (start < text.length && LEADING.has(text[start]!)) start++;
  let end = text.length;
  while (end > start && TRAILING.has(text[end - 1]!)) end--;

  if (symbols[0]!.start === start) {
    let last = 0;
    while (last + 1 < symbols.length && isListGap(text.slice(symbols[last]!.end, symbols[last + 1]!.start))) last++;
    const cellEnd = symbols[last]!.end;
    const cell = { symbols: symbols.slice(0, last + 1), cellStart: start, cellEnd };
    if (cellEnd >= end) return { cell: 'first', columns: false, described: false, ...cell };
    const gap = /^[ \t]*/.exec(text.slice(cellEnd, Math.min(end, cellEnd + 64)))![0];
    // "A/64/1: Report", "A/64/1 – Report"; anything else glued to the symbol is no row ("A/64/1),").
    if (gap === '' && !/^[:：–—]/.test(text.slice(cellEnd, cellEnd + 1))) return null;
    return { cell: 'first', columns: isColumnGap(gap), described: true, ...cell };
  }

  const lastSymbol = symbols[symbols.length - 1]!;
  if (lastSymbol.end === end) {
    let first = symbols.length - 1;
    while (first > 0 && isListGap(text.slice(symbols[first - 1]!.end, symbols[first]!.start))) first--;
    const cellStart = symbols[first]!.start;
    const gap = /[ \t]*$/.exec(text.slice(Math.max(start, cellStart - 64), cellStart))![0];
    if (cellStart - gap.length <= start || !isColumnGap(gap)) return null;
    return { cell: 'last', columns: true, described: true, symbols: symbols.slice(first), cellStart, cellEnd: end };
  }
  return null;
}

/** A separator between the symbol cell and the description: "A/64/1: Report". */
function skipCellSeparator(text: string, span: NSpan): NSpan {
  let { start } = span;
  while (start < span.end && /[\s:：]/.test(text[start]!)) start++;
  return { start, end: span.end };
}

/**
 * Runs of lines in an item's annotation that are rows of a documents table printed without a
 * "Documentation" heading (UNFCCC prints them right after the "Action:" paragraph):
 * "FCCC/SBI/2016/1<TAB>Provisional agenda and annotations". Only rows with a column gap and a
 * description count, so that a paragraph that merely begins with a symbol stays text. A row's
 * description may wrap onto lines that carry no symbol and begin indented or in lower case.
 * Returns [from, to) indices into `lines`.
 */
export function undeclaredDocumentRows(lines: readonly Line[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let open: { from: number; to: number } | null = null;
  lines.forEach((line, i) => {
    const symbols = findDocumentSymbols(line.text);
    const row = documentRow(line.text, symbols);
    if (row && row.columns && row.described && isDescription(row.cell === 'first' ? line.text.slice(row.cellEnd) : line.text.slice(0, row.cellStart))) {
      if (open) open.to = i + 1;
      else runs.push((open = { from: i, to: i + 1 }));
    } else if (open && symbols.length === 0 && WRAPPED_CELL.test(line.text)) {
      open.to = i + 1;
    } else {
      open = null;
    }
  });
  return runs;
}

/**
 * Words that can describe a document: two words at least (three characters in Chinese), so that a
 * running header's "Page 3" beside the symbol is no description.
 */
function isDescription(text: string): boolean {
  let words = 0;
  for (const word of text.split(/\s+/)) if (WORD.test(word) && ++words >= 2) return true;
  return (text.match(HAN_GLOBAL)?.length ?? 0) >= 3;
}
const WORD = /\p{L}\p{M}*\p{L}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

/** A cell's wrapped line: indented, or going on in lower case. */
const WRAPPED_CELL = /^(?:[ \t]|\p{Ll})/u;

/** "Documentation: ECE/MP.WAT/WG.5/2010/1": the heading and the list on one line. */
const leadingDocumentationLabel = perLocale(
  (locale: Locale) =>
    new RegExp(`^\\s*${alternation(locale.headings.documentation, locale)}\\s*[:：]\\s*(?=\\S)`, locale.arabicMorphology ? 'u' : 'iu'),
);

/**
 * "جدول الأعمال المؤقت      E/ESCWA/C.5/2026/1 :الوثائق": the same, from a right-to-left line
 * extracted in visual order, the label and its colon at the end. Tried only at a colon (no
 * leading run of spaces to try from every position).
 */
const trailingDocumentationLabel = perLocale(
  (locale: Locale) =>
    new RegExp(`[:：][ \\t]*${alternation(locale.headings.documentation, locale)}[ \\t]*$`, locale.arabicMorphology ? 'u' : 'iu'),
);

/** A line of an annotated part that opens a documentation list, and the list's first entry if the same line holds it. */
export type DocumentationLine = { entry: Line | null };

/**
 * Whether the line opens a documentation list: the heading alone ("Documentation", "الوثائق"),
 * or the label with the first entry on the same line, before it or (visual order) after it.
 */
export function documentationLine(line: Line, locale: Locale): DocumentationLine | null {
  const colon = line.text.includes(':') || line.text.includes('：');
  if (colon) {
    const leading = leadingDocumentationLabel(locale).exec(line.text);
    if (leading) {
      const offset = leading[0].length;
      return { entry: { index: line.index, start: line.start + offset, end: line.end, text: line.text.slice(offset) } };
    }
    const trailing = trailingDocumentationLabel(locale).exec(line.text);
    if (trailing && line.text.slice(0, trailing.index).trim() !== '') {
      let end = trailing.index;
      while (end > 0 && /\s/.test(line.text[end - 1]!)) end--;
      return { entry: { index: line.index, start: line.start, end: line.start + end, text: line.text.slice(0, end) } };
    }
  }
  return matchHeadingText(line.text, locale.headings.documentation) ? { entry: null } : null;
}
