// UN document symbols in running text (../../shared/UN-FORMS.md, "Document symbols").
//
// Grammar: SERIES ("/" COMPONENT)+, where SERIES is 1–8 letters and a COMPONENT starts with an
// ASCII letter or digit and goes on over letters, digits, ".", "-" and "&" ("WG.4",
// "OzL.Pro.27", "WG-L&R"). At least one component after the series must be numbered, i.e.
// carry a digit at its start or after "." or "-"; that is what separates "A/64/1" from
// "and/or" or "m/s2". Security Council resolutions take a "(YYYY)" suffix.
//
// Linear time on any input: each slash, found with indexOf, may end a series, checked over at
// most 8 letters back; the components after it are taken by one sticky pattern in which every
// component starts at its own slash; the scan never returns to text it has walked. The other
// regexes are anchored or sticky and have no nested quantifiers.
import {
  LIST_CONJUNCTIONS,
  LIST_SEPARATORS,
  MIXED_CASE_PIECES,
  NUMBERED_MIXED_CASE_PIECES,
  NUMBERED_CHANGES,
  SERIES,
} from '../locales/symbols.js';
import { escapeRegex } from '../locales/patterns.js';

export interface SymbolMatch {
  /** Canonical symbol. */
  symbol: string;
  /** [start, end) of the text as printed; for a list member such as "Add.1" or "174", of that member. */
  start: number;
  end: number;
}

/** A symbol found so far, kept as canonical components so that list members can derive from it. */
interface Found {
  components: string[];
  year: string | undefined;
  start: number;
  end: number;
}

// A symbol may start with 1–8 letters and a slash. Latin letters, digits and symbol
// punctuation before it mean we are inside a longer token ("km/h", "27/1/2010", "WG-L&R/...",
// "un.org/en/...", "a.m./1"); Arabic, Cyrillic or CJK letters do not, because symbols glued to
// the preceding word are common extraction noise.
// Candidates are found from their slash, looking back over the letters: a pattern such as
// /[A-Za-z]{1,8}\//g would start an attempt at every letter of a Latin text.
const MAX_SERIES_LENGTH = 8;
const BLOCKS_START = /[\p{Script=Latin}\p{N}/.\-&_@]/u;
const SECURITY_COUNCIL_YEAR = /[ \u00A0]?\((\d{4})\)/y;
const NUMBERED_CHANGE = new RegExp(`(?:${NUMBERED_CHANGES.join('|')})\\.\\d+`, 'iy');
const DIGITS = /\d+/y;
// A last component that a bare list number can replace: "115" → "174", "Add.1" → "Add.2".
const RENUMBERABLE = /^([A-Za-z]+\.)?\d+$/;
const ROMAN_NUMERAL = /^[IVX]+$/i;
const ALL_DIGITS = /^\d+$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const KNOWN_SERIES = new Set<string>(SERIES.map((s) => s.code));
// Keyed by the upper-case spelling. canonicalPiece does not look up a piece that starts with a
// digit: every piece of the table starts with a letter.
const MIXED_CASE = new Map<string, string>(MIXED_CASE_PIECES.map((p) => [p.toUpperCase(), p]));
/** "RES" → "Res" where a number follows it in its component ("Res.4"); see NUMBERED_MIXED_CASE_PIECES. */
const NUMBERED_MIXED_CASE = new Map<string, string>(NUMBERED_MIXED_CASE_PIECES.map((p) => [p.toUpperCase(), p]));

const SLASH = 0x2f;

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Punctuation that may end a sentence or a line right after a symbol without belonging to it. */
function isTrailingPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2d || code === 0x26;
}

function isHorizontalSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function skipHorizontalSpace(text: string, pos: number): number {
  while (isHorizontalSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** A lower-case letter: only then is a component upper-cased. */
const LOWER_CASE = /[a-z]/;

function canonicalComponent(component: string): string {
  // Most components ("64", "RES") are upper case already, and the test costs a tenth of a
  // toUpperCase call. Upper-casing is per character, so the whole component is upper-cased at
  // once, and split only if it has a full stop.
  const upper = LOWER_CASE.test(component) ? component.toUpperCase() : component;
  const dot = upper.indexOf('.');
  if (dot < 0) return canonicalPiece(upper);
  // Piece by piece from the full stops, not split/map/join: two arrays and a closure call per
  // piece, for every dotted component ("L.1", "WG.4", "Add.1") of every symbol.
  const head = upper.slice(0, dot);
  let canonical = (isDigit(upper.charCodeAt(dot + 1)) && NUMBERED_MIXED_CASE.get(head)) || canonicalPiece(head);
  let from = dot + 1;
  for (let next = upper.indexOf('.', from); next >= 0; next = upper.indexOf('.', from)) {
    canonical += `.${canonicalPiece(upper.slice(from, next))}`;
    from = next + 1;
  }
  return `${canonical}.${canonicalPiece(upper.slice(from))}`;
}

/**
 * A piece between full stops, upper-cased already, in its canonical spelling. Every mixed-case
 * piece starts with a letter: one that starts with a digit ("64", "2025", the "1" of "Add.1"),
 * as most do, is not looked up (the lookup hashes each new string).
 */
function canonicalPiece(upper: string): string {
  return isDigit(upper.charCodeAt(0)) ? upper : (MIXED_CASE.get(upper) ?? upper);
}

function splitYear(text: string): { body: string; year: string | undefined } {
  if (!text.endsWith(')')) return { body: text, year: undefined };
  const open = text.lastIndexOf('(');
  const year = text.slice(open + 1, -1);
  if (open < 1 || !/^\d{4}$/.test(year)) return { body: text, year: undefined };
  return { body: text.slice(0, open).trimEnd(), year };
}

/** Canonical spelling: upper case except the mixed-case pieces ("Add.1"), one space before "(2000)". */
export function canonicalSymbol(raw: string): string {
  const { body, year } = splitYear(raw.trim());
  const symbol = body.split('/').map(canonicalComponent).join('/');
  return year === undefined ? symbol : `${symbol} (${year})`;
}

/** Permalink on undocs.org; the symbol keeps its slashes, spaces are percent-encoded. */
export function symbolUrl(symbol: string): string {
  return `https://undocs.org/${encodeURI(symbol.trim())}`;
}

function format(found: Found): SymbolMatch {
  const symbol = found.components.join('/');
  return {
    symbol: found.year === undefined ? symbol : `${symbol} (${found.year})`,
    start: found.start,
    end: found.end,
  };
}

function isNumbered(component: string): boolean {
  for (let i = 0; i < component.length; i++) {
    const before = i === 0 ? -1 : component.charCodeAt(i - 1);
    if (isDigit(component.charCodeAt(i)) && (before === -1 || before === 0x2e || before === 0x2d)) return true;
  }
  return false;
}

function isSymbol(components: readonly string[]): boolean {
  // Indexes, not `[series, ...rest]`: a rest pattern steps an iterator and copies the array, at
  // every slash that may end a series (~9 ms per 1,000 documents before the code is optimised).
  const series = components[0] ?? '';
  if (components.length < 2 || !hasNumbered(components)) return false;
  // Lower case is accepted for known series only: "page/2" is prose, "a/64/1" a URL's symbol.
  if (series !== series.toUpperCase() && !KNOWN_SERIES.has(series.toUpperCase())) return false;
  // Treaty bodies number decisions by a roman session: "decision I/8", "VII/12".
  if (ROMAN_NUMERAL.test(series) && components.length === 2 && ALL_DIGITS.test(components[1]!)) return false;
  return true;
}

/** True if a component after the series is numbered. */
function hasNumbered(components: readonly string[]): boolean {
  for (let i = 1; i < components.length; i++) if (isNumbered(components[i]!)) return true;
  return false;
}

function isSecurityCouncilResolution(components: readonly string[]): boolean {
  return components.length === 3 && components[0] === 'S' && components[1] === 'RES' && ALL_DIGITS.test(components[2] ?? '');
}

/** Attaches "(2000)" to S/RES/1325, and only there: elsewhere a bracketed year is prose. */
function readYear(text: string, found: Found): void {
  if (!isSecurityCouncilResolution(found.components)) return;
  SECURITY_COUNCIL_YEAR.lastIndex = found.end;
  const year = SECURITY_COUNCIL_YEAR.exec(text);
  if (!year) return;
  found.year = year[1];
  found.end = SECURITY_COUNCIL_YEAR.lastIndex;
}

/**
 * The components after a series, each a slash and an ASCII letter or digit, then letters, digits,
 * ".", "-" and "&" (sticky, from the series' slash). UNCTAD's and ITC's series number a session in
 * brackets at the end of a component: "TD/B/EX(58)/1", "TD/B(S-XXV)/2", "ITC/AG(XLVI)/250"; the
 * bracket belongs to the symbol when it holds 1 to 10 letters, digits, dashes or full stops and a
 * slash follows it. One pattern rather than a loop per character: this runs at every slash.
 */
// A hyphen after a digit and before another series' letters and slash joins two symbols rather
// than continuing a component: "A/80/81-E/2025/62" is A/80/81 and E/2025/62 (a joint report),
// while "WG-L&R", "22-23" and "ES-10" go on. The second symbol's series is followed by a session
// or year of two digits or more, or by another series piece ("E/2025/62", "A/HRC/…", "E/C.12/…");
// WFP's lettered parts are one capital and a short number or change: "WFP/EB.A/2027/1-A/1/Rev.1",
// "WFP/EB.1/2027/4-A/Rev.1", one symbol each. One alternative per character, bounded lookaheads,
// so no backtracking.
const COMPONENTS = /(?:\/[A-Za-z0-9](?:[A-Za-z0-9.&]|-(?!(?<=\d-)[A-Z]{1,8}\/(?:\d{2}|[A-Z]{1,8}[./])))*(?:\([A-Za-z0-9.-]{1,10}\)(?=\/))?)*/y;

/**
 * Reads the components after the series. Returns the symbol if the grammar accepts it, and in
 * any case how far the reading went: no symbol can start inside that stretch, since every
 * position in it follows a component character or a slash.
 */
function readSymbol(text: string, start: number, slash: number): { found: Found | null; walked: number } {
  COMPONENTS.lastIndex = slash;
  COMPONENTS.test(text);
  const walked = COMPONENTS.lastIndex;
  if (walked === slash) return { found: null, walked };
  // The series and the components, split at once: the series holds no slash. (Splitting after
  // the series' slash and spreading the pieces into an array after the series cost ~18 ms per
  // 1,000 documents first pass: a spread steps an iterator until the code is optimised.)
  const raw = text.slice(start, walked).split('/');
  // A full stop ending the sentence is not part of the symbol; the last component starts with
  // a letter or digit, so trimming cannot empty it.
  let end = walked;
  while (isTrailingPunctuation(text.charCodeAt(end - 1))) end--;
  if (end < walked) raw[raw.length - 1] = raw[raw.length - 1]!.slice(0, end - walked);
  if (!isSymbol(raw)) return { found: null, walked };
  const found: Found = { components: raw.map(canonicalComponent), year: undefined, start, end };
  readYear(text, found);
  return { found, walked: Math.max(walked, found.end) };
}

/** Position after a conjunction at `pos`, or -1. */
function readConjunction(text: string, pos: number): number {
  for (const { text: word, glued } of LIST_CONJUNCTIONS) {
    if (!text.startsWith(word, pos)) continue;
    const after = pos + word.length;
    const next = text.charCodeAt(after);
    if (glued || isHorizontalSpace(next) || next === 0x0a || next === 0x0d) return after;
  }
  return -1;
}

function isListSeparator(ch: string | undefined): boolean {
  return ch !== undefined && (LIST_SEPARATORS as readonly string[]).includes(ch);
}

/** The spaces of isHorizontalSpace, as a character class. */
const HORIZONTAL_SPACE = '[ \\t\\u00A0\\u2009\\u202F]';
/** One line break and the next line's indent; the next line is not blank. */
const LINE_BREAK = `\\r?\\n${HORIZONTAL_SPACE}*(?![\\r\\n])`;
/** The table's conjunctions, the glued ones with no space after them, the others before a space or a line's end. */
const CONJUNCTION = LIST_CONJUNCTIONS.map(({ text, glued }) => escapeRegex(text) + (glued ? '' : `(?=${HORIZONTAL_SPACE}|\\r?\\n)`)).join('|');
/**
 * Spaces, a separator and spaces, a conjunction and spaces (sticky); the separator and the
 * conjunction are each captured if printed. A wrapped line may break the list once, before or
 * after its conjunction ("(E/2025/55⏎and Add.1)", "(E/2025/56 and⏎Add.1)"); a comma alone keeps
 * its member on its line, since a line that starts with a number after "A/64/115," is more often
 * the next numbered item than the list's next member. One pattern rather than a loop of calls: it
 * runs after every symbol.
 */
const LIST_SEPARATOR = new RegExp(
  `${HORIZONTAL_SPACE}*(?:([${LIST_SEPARATORS.join('')}])${HORIZONTAL_SPACE}*)?` +
    `(?:${LINE_BREAK}(${CONJUNCTION})${HORIZONTAL_SPACE}*|(${CONJUNCTION})${HORIZONTAL_SPACE}*(?:${LINE_BREAK})?)?`,
  'y',
);

/** Position after a list separator (", " or " and ", or both), or -1. */
function readListSeparator(text: string, pos: number): number {
  LIST_SEPARATOR.lastIndex = pos;
  const separator = LIST_SEPARATOR.exec(text)!;
  return separator[1] !== undefined || separator[2] !== undefined || separator[3] !== undefined ? LIST_SEPARATOR.lastIndex : -1;
}

/** True if the list member ending at `pos` runs on into a longer token ("174th", "12:00", "2009/15"). */
function runsOn(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  if (isAsciiAlnum(code) || code === SLASH) return true;
  return (code === 0x2e || code === 0x2d || code === 0x3a) && isDigit(text.charCodeAt(pos + 1));
}

/**
 * A bare number continues a list only if what follows it ends the list or goes on with it:
 * "A/64/115, 174 and 175)" yes; "A/64/115, 12 December 2009" no.
 */
function endsListMember(text: string, pos: number): boolean {
  const p = skipHorizontalSpace(text, pos);
  const ch = text[p];
  if (ch === undefined || ch === '\n' || ch === '\r' || isListSeparator(ch)) return true;
  if (readConjunction(text, p) >= 0) return true;
  return !LETTER_OR_DIGIT.test(ch);
}

/** "Add.1-3": the last number of a range of changes, and where it ends; null if none. */
const CHANGE_RANGE_END = /[-–](\d{1,2})/y;
/** The most changes a range may stand for: "Add.1-3" is three documents, "Add.1-2010" none. */
const MAX_CHANGE_RANGE = 20;

/** The list members right after `previous`: "and Add.1", "and Add.1-3" (three), ", 174", "and 2". */
function readListMembers(text: string, previous: Found): Found[] {
  const from = readListSeparator(text, previous.end);
  if (from < 0) return [];
  const last = previous.components[previous.components.length - 1] ?? '';

  NUMBERED_CHANGE.lastIndex = from;
  const change = NUMBERED_CHANGE.exec(text);
  if (change) {
    const piece = canonicalComponent(change[0]);
    const dot = piece.indexOf('.');
    const kind = piece.slice(0, dot + 1);
    // "…/Add.1 and Add.2" replaces the addendum; "…/Add.1 and Corr.1" corrects the addendum.
    const base = last.startsWith(kind) ? previous.components.slice(0, -1) : previous.components;
    let end = NUMBERED_CHANGE.lastIndex;
    CHANGE_RANGE_END.lastIndex = end;
    const range = CHANGE_RANGE_END.exec(text);
    const first = Number(piece.slice(dot + 1));
    const lastNumber = range ? Number(range[1]) : first;
    if (range && lastNumber > first && lastNumber - first < MAX_CHANGE_RANGE && !runsOn(text, CHANGE_RANGE_END.lastIndex)) {
      // "and Add.1-3": Add.1, Add.2 and Add.3, each spanning the range as printed.
      end = CHANGE_RANGE_END.lastIndex;
      return Array.from({ length: lastNumber - first + 1 }, (_, k) => ({
        components: [...base, `${kind}${first + k}`],
        year: undefined,
        start: from,
        end,
      }));
    }
    if (!runsOn(text, end)) return [{ components: [...base, piece], year: undefined, start: from, end }];
  }

  const renumberable = RENUMBERABLE.exec(last);
  DIGITS.lastIndex = from;
  const number = DIGITS.exec(text);
  if (!renumberable || !number) return [];
  const end = DIGITS.lastIndex;
  if (runsOn(text, end) || !endsListMember(text, end)) return [];
  const found: Found = {
    components: [...previous.components.slice(0, -1), (renumberable[1] ?? '') + number[0]],
    year: undefined,
    start: from,
    end,
  };
  readYear(text, found);
  return [found];
}

/**
 * Where a symbol may start whose series ends at the slash at `slash`, scanning no further back
 * than `from`; -1 if none. A run of letters that goes on before the series' 8 letters (or
 * before `from`) is a longer token, and so is one glued to a Latin letter, digit or symbol
 * punctuation, except the hyphen at `jointAt` that joins it to the symbol before ("A/80/81-E/…").
 */
function seriesStart(text: string, slash: number, from: number, jointAt: number): number {
  const numbered = numberedSeriesStart(text, slash, from);
  if (numbered !== -1) return numbered;
  const floor = Math.max(from, slash - MAX_SERIES_LENGTH);
  let start = slash;
  while (start > floor && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === slash) return -1;
  if (start > 0 && start - 1 !== jointAt && BLOCKS_START.test(text[start - 1]!)) return -1;
  return start;
}

/**
 * A series numbered by its session, as UNIDO's organs print theirs: "IDB.52/1/Add.1",
 * "GC.20/Res.3" — 2 to 8 capitals, a full stop, 1 to 3 digits, the slash. -1 if none.
 */
function numberedSeriesStart(text: string, slash: number, from: number): number {
  let dot = slash;
  while (dot > from && dot > slash - 4 && isDigit(text.charCodeAt(dot - 1))) dot--;
  if (dot === slash || dot - 1 < from || text.charCodeAt(dot - 1) !== 0x2e) return -1;
  const letters = dot - 1;
  let start = letters;
  while (start > from && start > letters - MAX_SERIES_LENGTH && isUpperAscii(text.charCodeAt(start - 1))) start--;
  if (letters - start < 2) return -1;
  if (start > 0 && BLOCKS_START.test(text[start - 1]!)) return -1;
  // "LC/XYZ.9/3(SES.9/4)": a bracket glued to a symbol holds a part of it, not a symbol.
  if (text[start - 1] === '(' && isAsciiAlnum(text.charCodeAt(start - 2))) return -1;
  return start;
}

function isUpperAscii(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Every document symbol in `text`, in text order, list members expanded to full symbols. */
export function findDocumentSymbols(text: string): SymbolMatch[] {
  const matches: SymbolMatch[] = [];
  let from = 0;
  // The hyphen right after the last symbol found, where a joint symbol's second part may start.
  let jointAt = -1;
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', Math.max(from, slash + 1))) {
    const start = seriesStart(text, slash, from, jointAt);
    if (start < 0) continue;
    const { found, walked } = readSymbol(text, start, slash);
    let resume = Math.max(walked, slash + 1);
    if (found) {
      matches.push(format(found));
      let previous = found;
      for (let members = readListMembers(text, previous); members.length > 0; members = readListMembers(text, previous)) {
        for (const member of members) matches.push(format(member));
        previous = members[members.length - 1]!;
      }
      resume = Math.max(resume, previous.end);
      jointAt = text.charCodeAt(found.end) === 0x2d ? found.end : -1;
    }
    from = resume;
  }
  return matches;
}
