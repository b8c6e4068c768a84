// Page furniture: what a printed page repeats and the text around it does not contain. Job
// numbers and print dates ("10-68421 (E)    140111", "V.09-88123 (A)", "GE.10-12345"),
// barcodes ("*1068421*"), page marks ("2", "(2)", "- 2 -", "2/4", "Page 2"), the running header
// (the document's symbol, perhaps with a page mark), and footnotes under their separator rule.
// Such lines are blanked (offsets kept) so that no title or annotation runs through them; the
// pipeline keeps their spans in `ctx.furniture`, and every text field leaves them out.
//
// A line is read trimmed: pdftotext -layout pads a footer ("2" + 80 spaces + "V.17-01422") and
// indents a running header. Some lines are furniture by their own content (a job number, a
// barcode, the own symbol); others only where a page break can be: a page mark alone ("2" is
// also an item number in a timetable printed one cell per line) and a symbol alone that is not
// known as the document's own.
import { compiledAtOnce, isBlank, type Line } from '../context.js';

/** Tokens found only in page footers. */
const FOOTER_TOKEN = [
  /^(?:[A-Z]{1,2}\.)?\d{2}-\d{4,6}(?:\([A-Z]\))?$/, // job number: 10-68421, V.09-88123, GE.10-12345(E)
  /^\([A-Z]\)$/, // language of the job number: (E), (A)
  /^\d{6}$/, // print date: 140111
  /^\*\d{6,8}\*$/, // barcode
  /^[A-Z]\d{7}$/, // N0923456
];

/** A page mark as one token: "3", "(3)", "3/4" (page 3 of 4). */
const PAGE_MARK_TOKEN = /^(?:\d{1,3}|\(\d{1,3}\)|(\d{1,3})\/(\d{1,3}))$/;
/** Dashes around a page number: "- 3 -". */
const DASH_TOKEN = /^[-–—]$/;
/**
 * A worded page mark, made one token before the line is split: "Page 3", "Page 3 of 4",
 * "Página 3 de 4", "Pág. 3", "Стр. 3", "Страница 3 из 4", "第3页", "صفحة 3".
 */
const PAGE_PHRASE =
  /(?<![\p{L}\p{N}])(?:(?:page|p\.|pág\.?|página|стр\.?|страница|(?:ال)?صفحة)\s{0,3}\d{1,4}(?:\s{1,3}(?:of|de|sur|из|من)\s{1,3}\d{1,4})?|第\s{0,2}\d{1,4}\s{0,2}页)(?![\p{L}\p{N}])/giu;
const PAGE_PHRASE_TOKEN = '(#)';
/** Some letters of every page word: only lines that have them are searched for a page phrase. */
const PAGE_WORD_HINT = /pag|pág|p\.|стр|صفح|页/iu;
/** A page phrase is at most four tokens ("Página 3 de 4"): a line with more than this many more is text. */
const PAGE_PHRASE_TOKENS = 3;
/**
 * A document symbol standing alone: "CAC/COSP/IRG/2017/1", "E/CN.15/2015/1*". Each piece
 * after the first starts at its slash (the class has none), so the pattern reads in one pass.
 */
const SYMBOL_TOKEN = /^[A-Z][A-Za-z0-9.\-&]{0,24}(?:\/[A-Za-z0-9.\-&]{1,24}){1,10}\*?$/;
/**
 * A character that no token of a furniture line has, a page phrase aside (the caller looks for
 * one first). Job numbers, print dates, barcodes, page marks and dashes are capitals, digits and
 * ".-()*–—"; only a symbol (which has a slash) adds small letters, "&" and "/".
 */
const NOT_IN_FOOTER_LINE = /[^A-Z0-9.\-()*–—\s]/;
const NOT_IN_SYMBOL_LINE = /[^A-Za-z0-9.\-&/*()–—\s]/;
/** The rule above footnotes: underscores, or a long run of dashes below a blank line. */
const UNDERSCORE_RULE = /^_{5,200}$/;
const DASH_RULE = /^[-–—]{10,200}$/;
/**
 * A footnote's marker at the start of its line: "* Reissued …", "** …", "1 General Assembly …",
 * "1General …" (the superscript glued on), "(1) …", "† …", "a …". Not "1." or "1)": those
 * number list items and paragraphs.
 */
const FOOTNOTE_MARKER = /^(?:\*{1,3}\s|[†‡]\s?\S|\(\d{1,3}\)\s|\d{1,3}(?:\s|\p{L})|[a-z]\s)/u;

/** Longer lines are text; a padded footer is some ninety characters. */
const MAX_FURNITURE_LINE = 300;
/** More tokens than this is text: "V.17-01422 (E) 230317 240317 *1701422* 3/4" has six. */
const MAX_TOKENS = 8;
/**
 * More tokens than a page phrase and furniture make: tested on the trimmed line before it is
 * split. White space and the rest alternate, so the pattern never backtracks far.
 */
const TOO_MANY_TOKENS = new RegExp(`^\\S+(?:\\s+\\S+){${MAX_TOKENS + PAGE_PHRASE_TOKENS}}`);
// Every line of every text below the masthead is read with these, one line at a time: compiled
// to machine code at once (see compiledAtOnce), not to bytecode first.
for (const pattern of [TOO_MANY_TOKENS, PAGE_WORD_HINT, NOT_IN_FOOTER_LINE, NOT_IN_SYMBOL_LINE, ...FOOTER_TOKEN, PAGE_MARK_TOKEN, SYMBOL_TOKEN]) {
  compiledAtOnce(pattern);
}

/** How many blank lines may stand between furniture lines that belong to one page break. */
const MAX_GAP = 3;

type LineKindName =
  /** Job number, print dates, barcode: with or without a page mark. */
  | 'footer'
  /** A page mark alone. */
  | 'mark'
  /** A symbol alone, perhaps with page marks or footer tokens ("CAC/COSP/IRG/2017/1   3"): `symbol`, `marked`. */
  | 'symbol'
  /** A rule of underscores, or of dashes (`dashes`). */
  | 'rule';

/**
 * Every kind has every field (one shape): blankFurniture reads `kind` off each line, and a read
 * that meets four shapes is compiled for each and recompiled as each is first met.
 */
interface LineKindOf {
  kind: LineKindName;
  symbol: string;
  marked: boolean;
  dashes: boolean;
}
type LineKind = LineKindOf | null;

function lineKind(kind: LineKindName, symbol: string, marked: boolean, dashes: boolean): LineKindOf {
  return { kind, symbol, marked, dashes };
}

const FOOTER: LineKind = lineKind('footer', '', false, false);
const MARK: LineKind = lineKind('mark', '', false, false);
const UNDERSCORES: LineKind = lineKind('rule', '', false, false);
const DASHES: LineKind = lineKind('rule', '', false, true);

function isPageMarkToken(token: string): boolean {
  if (token === PAGE_PHRASE_TOKEN) return true;
  const m = PAGE_MARK_TOKEN.exec(token);
  // "3/4" is page 3 of 4; "4/1" is no page mark (it reads as a decision number).
  return m !== null && (m[1] === undefined || Number(m[1]) <= Number(m[2]));
}

function symbolKey(symbol: string): string {
  return symbol.replace(/\*$/, '').toUpperCase();
}

/** What a line is, read on its own. */
function classify(text: string): LineKind {
  if (text.length > MAX_FURNITURE_LINE) return null;
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  // Furniture has digits and rules have none: most lines are ruled out without splitting them.
  if (!/\d/.test(trimmed)) return UNDERSCORE_RULE.test(trimmed) ? UNDERSCORES : DASH_RULE.test(trimmed) ? DASHES : null;
  // Most lines with digits are sentences: counted out, without splitting them, before the page-phrase search.
  if (TOO_MANY_TOKENS.test(trimmed)) return null;
  let tokens: string[];
  if (PAGE_WORD_HINT.test(trimmed)) tokens = trimmed.replace(PAGE_PHRASE, ` ${PAGE_PHRASE_TOKEN} `).trim().split(/\s+/);
  // Every token must be furniture: a character no furniture token has ("1. Opening …", "10 a.m.,")
  // makes the line text without splitting it and trying each token's patterns.
  else if ((trimmed.includes('/') ? NOT_IN_SYMBOL_LINE : NOT_IN_FOOTER_LINE).test(trimmed)) return null;
  else tokens = trimmed.split(/\s+/);
  if (tokens.length > MAX_TOKENS) return null;
  let footer = 0;
  let marks = 0;
  let symbol: string | null = null;
  for (const token of tokens) {
    if (FOOTER_TOKEN.some((pattern) => pattern.test(token))) footer++;
    else if (isPageMarkToken(token)) marks++;
    else if (DASH_TOKEN.test(token)) continue;
    // Any other token is the one symbol of a running header, or the line is text ("1. Opening …").
    else if (symbol === null && SYMBOL_TOKEN.test(token) && /\d/.test(token)) symbol = token;
    else return null;
  }
  if (symbol !== null) return lineKind('symbol', symbolKey(symbol), footer + marks > 0, false);
  if (footer > 0) return FOOTER;
  // A page mark stands alone; numbers side by side ("2 3") are no page mark, and a number in a
  // table cell ("\t7\t") is an agenda item.
  return marks === 1 && !text.includes('\t') ? MARK : null;
}

/**
 * A line made only of job numbers, print dates, barcodes and page marks, read on its own. A
 * page mark alone ("3", "(3)", "3/4") is one here; `blankFurniture` takes it only where a page
 * break can be.
 */
export function isFurnitureLine(text: string): boolean {
  const kind = classify(text)?.kind;
  return kind === 'footer' || kind === 'mark';
}

/** The lines with furniture blanked, from line `from` on (the masthead above it is kept). */
export function blankFurniture(lines: readonly Line[], from: number, ownSymbol: string | null, titleIndex: number | null = null): Line[] {
  const page = new PageFurniture(lines, from);
  // A symbol alone that repeats is a running header even where the masthead's symbol was not read.
  const own = ownSymbol ? symbolKey(ownSymbol) : null;
  page.markByContent(own);
  page.markByPlace(own);
  page.markFootnotes();
  if (titleIndex !== null) page.markCalledFootnotes(titleIndex);
  const { furniture } = page;
  return lines.map((line, i) => (furniture[i] && line.text.length > 0 ? { ...line, text: '' } : line));
}

/** A footnote's call printed at the end of a masthead or title line: "Programa provisional anotado *", "E/C.12/71/1*" (the stars captured). */
const STAR_CALL = /[^\s*][ \t]?(\*{1,3})$/;
/** A footnote's first line, opening with its stars and a word: "* El presente documento…" (the stars captured). */
const STAR_FOOTNOTE = /^(\*{1,3})[ \t]+\p{L}/u;
/** The most lines a footnote called from the masthead runs to: one or two sentences. */
const MAX_CALLED_FOOTNOTE_LINES = 6;

/**
 * The lines of a text, each read on its own, and which of them are furniture. blankFurniture's
 * steps are its methods (not closures in one long function), so that each is optimised apart.
 */
class PageFurniture {
  readonly kinds: LineKind[] = [];
  readonly furniture: boolean[] = [];
  readonly blankLines: boolean[] = [];

  constructor(
    readonly lines: readonly Line[],
    from: number,
  ) {
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]!.text;
      this.kinds.push(i >= from ? classify(text) : null);
      this.furniture.push(false);
      this.blankLines.push(isBlank(lines[i]!));
    }
  }

  blank(i: number): boolean {
    return this.blankLines[i] === true;
  }

  /** The nearest line with text above (-1) or below (+1), across at most MAX_GAP blank lines. */
  neighbour(i: number, step: -1 | 1): number {
    for (let j = i + step, gap = 0; j >= 0 && j < this.lines.length; j += step) {
      if (!this.blank(j)) return j;
      if (++gap > MAX_GAP) return -1;
    }
    return -1;
  }

  isolated(i: number): boolean {
    return (i === 0 || this.blank(i - 1)) && (i === this.lines.length - 1 || this.blank(i + 1));
  }

  isFurniture(j: number, strong: boolean): boolean {
    return j !== -1 && this.furniture[j] === true && (!strong || this.kinds[j]?.kind === 'footer');
  }

  besideFurniture(i: number, strong: boolean): boolean {
    return this.isFurniture(this.neighbour(i, -1), strong) || this.isFurniture(this.neighbour(i, 1), strong);
  }

  /** Furniture by its own content: footers and the running header with the document's symbol. */
  markByContent(own: string | null): void {
    const { kinds, furniture } = this;
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i];
      if (kind?.kind === 'footer' || (kind?.kind === 'symbol' && kind.symbol === own)) furniture[i] = true;
    }
  }

  /**
   * Furniture by its place: page marks alone and other symbols alone, at a page break. Twice, so
   * that "(3)" above a running header and the header below "(3)" find each other.
   */
  markByPlace(own: string | null): void {
    const { kinds, furniture, lines } = this;
    const repeats = new Map<string, number>();
    for (const kind of kinds) if (kind?.kind === 'symbol') repeats.set(kind.symbol, (repeats.get(kind.symbol) ?? 0) + 1);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[i];
        if (furniture[i] || !kind) continue;
        if (kind.kind === 'mark') {
          // Blank lines around it, or above a footer or running header, or below one with a blank
          // line after it: not a number in a run of table lines ("2" then its item's title, which
          // may follow the running header where a timetable goes on to the next page).
          furniture[i] =
            this.isolated(i) ||
            this.isFurniture(this.neighbour(i, 1), false) ||
            (this.isFurniture(this.neighbour(i, -1), false) && (i === lines.length - 1 || this.blank(i + 1)));
        } else if (kind.kind === 'symbol') {
          const repeated = (repeats.get(kind.symbol) ?? 0) >= 2;
          furniture[i] =
            (repeated && (kind.marked || this.besideFurniture(i, false) || (own === null && this.isolated(i)))) ||
            (own === null && this.besideFurniture(i, true));
        }
      }
    }
  }

  /**
   * Footnotes called from the masthead or the title ("Programa provisional anotado *", "E/C.12/71/1*")
   * and printed with no rule above them, as text taken from a web page or a converted file has
   * them: the first block after the title that opens with the call's stars and a word ("* El presente
   * documento se publica sin revisión editorial.", at the foot of the first page, inside an
   * annotation or after the last item), one block per call. A block between others opening so is
   * a bulleted list's entry, no footnote.
   */
  markCalledFootnotes(titleIndex: number): void {
    const { furniture, lines } = this;
    const calls = new Set<string>();
    for (let i = 0; i <= titleIndex && i < lines.length; i++) {
      const call = STAR_CALL.exec(lines[i]!.text.trimEnd());
      if (call) calls.add(call[1]!);
    }
    if (calls.size === 0) return;
    const opensWithCall = (i: number, stars: string) => i !== -1 && STAR_FOOTNOTE.exec(lines[i]!.text.trimStart())?.[1] === stars;
    for (let i = titleIndex + 1; i < lines.length && calls.size > 0; i++) {
      if (furniture[i] || (i > 0 && !this.blank(i - 1) && !furniture[i - 1])) continue;
      const stars = STAR_FOOTNOTE.exec(lines[i]!.text.trimStart())?.[1];
      if (stars === undefined || !calls.has(stars)) continue;
      let end = i;
      while (end < lines.length && end - i < MAX_CALLED_FOOTNOTE_LINES && !this.blank(end) && !furniture[end]) end++;
      if (opensWithCall(this.neighbour(i, -1), stars) || opensWithCall(this.neighbour(end - 1, 1), stars)) continue;
      for (let k = i; k < end; k++) furniture[k] = true;
      calls.delete(stars);
    }
  }

  /**
   * Footnotes: the rule, then blocks that each start with a marker, up to a block that does not
   * or to page furniture. A run of dashes is a rule only below a blank line (right under a line
   * of text it underlines a heading).
   */
  markFootnotes(): void {
    const { kinds, furniture, lines } = this;
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i];
      if (kind?.kind !== 'rule' || (kind.dashes && i > 0 && !this.blank(i - 1))) continue;
      furniture[i] = true;
      for (let j = this.neighbour(i, 1); j !== -1 && !furniture[j] && FOOTNOTE_MARKER.test(lines[j]!.text.trimStart()); ) {
        let k = j;
        for (; k < lines.length && !this.blank(k) && !furniture[k]; k++) furniture[k] = true;
        j = k < lines.length && !furniture[k] ? this.neighbour(k - 1, 1) : -1;
      }
    }
  }
}
