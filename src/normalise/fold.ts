// Folding for comparison only: headings, keywords and titles are matched with harakat, tatweel,
// hamza forms on alef, letter case, accents and punctuation folded (SPEC, "Text fields").
// Output text is never folded.
import { compiledAtOnce } from '../context.js';

const ARABIC_LETTER_FOLDS: Record<string, string> = {
  '\u0671': '\u0627', // alef wasla
  '\u0649': '\u064a', // alef maksura → yeh
  '\u0629': '\u0647', // teh marbuta → heh
  '\u06cc': '\u064a', // Farsi yeh
  '\u06a9': '\u0643', // keheh → kaf
};

const FOLD_LETTERS = /[\u0671\u0649\u0629\u06cc\u06a9]/g;
// NFD splits hamza and madda off alef, waw and yeh and accents off Latin letters; the marks
// (and Arabic harakat, which are marks already) then go.
const MARKS = /[\p{M}\u0640]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Short strings (month names, keywords, headings) recur: remember their folded forms. */
const FOLD_CACHE_LIMIT = 4096;
const MAX_CACHED_LENGTH = 64;
const foldCache = new Map<string, string>();

export function foldForMatch(text: string): string {
  if (text.length > MAX_CACHED_LENGTH) return fold(text);
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/**
 * PDF extraction often writes the lam-alef ligature in the wrong order: "األعمال" for "الأعمال",
 * "االثنين" for "الاثنين". No Arabic word begins with two alefs, so at a word's start (after
 * a proclitic و ف ب ك) the folded "اال" is put back as "الا".
 */
const SWAPPED_LAM_ALEF = /(^| )([وفبك]?)اال/g;

function unswapLamAlef(folded: string): string {
  return folded.includes('اال') ? folded.replace(SWAPPED_LAM_ALEF, '$1$2الا') : folded;
}

/**
 * Whether two folded texts are the same but for the lam-alef order: inside a word too, PDF
 * extraction writes "والثالثين" for "والثلاثين", which the word-start rule above cannot put
 * back ("الثالث", third, is a word). For comparing two printings of one text, where the
 * swap is the only likely difference of the two pairs.
 */
export function sameUpToLamAlef(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || !a.includes('ال') || !b.includes('ال')) return false;
  return a.replaceAll('لا', 'ال') === b.replaceAll('لا', 'ال');
}

function fold(text: string): string {
  return unswapLamAlef(foldLetters(text));
}

/**
 * Each UTF-16 unit folded alone, filled in as units are met: the unit itself when folding keeps
 * it, '' (a mark or tatweel, dropped), ' ' (punctuation or space: a word break), other letters
 * (an uppercase or accented letter's base, a hamza carrier's base), or null where a unit cannot
 * be folded alone (a surrogate half; capital sigma, whose small form depends on its place).
 * NFD, mark removal, the letter table and lowercasing all act on one character at a time
 * otherwise, so folding unit by unit gives the same text as `slowFold` without its five passes
 * and allocations.
 */
const UNIT_FOLDS: (string | null | undefined)[] = new Array(0x10000);
// Run on one character at a time: compiled to machine code at once (see compiledAtOnce).
const WORD_CHARS = compiledAtOnce(/^[\p{L}\p{N}]+$/u);
const NO_WORD_CHAR = compiledAtOnce(/^[^\p{L}\p{N}]*$/u);

function unitFold(code: number): string | null {
  const ch = String.fromCharCode(code);
  // ASCII without the Unicode machinery (whose property classes are slow to compile).
  if (code < 0x80) {
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return ch;
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ' ';
  }
  if ((code >= 0xd800 && code < 0xe000) || code === 0x03a3) return null;
  const base = ch
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(FOLD_LETTERS, (c) => ARABIC_LETTER_FOLDS[c] ?? c)
    .toLowerCase();
  if (base === '') return '';
  if (WORD_CHARS.test(base)) return base === ch ? ch : base;
  return NO_WORD_CHAR.test(base) ? ' ' : null;
}

function foldLetters(text: string): string {
  // Output is built from stretches of the text that fold to themselves ("provisional agenda",
  // most Arabic), copied as slices, and the folds of the units between them: folded text
  // (keywords, already-folded titles) comes back as the same string, with no allocation.
  let out = '';
  let from = -1; // text[from, to) folds to itself and is not yet in `out`
  let to = -1;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded = UNIT_FOLDS[code];
    if (folded === undefined) folded = UNIT_FOLDS[code] = unitFold(code);
    if (folded === null) return slowFold(text);
    if (folded === '') continue; // harakat, tatweel, accents
    if (folded === ' ') {
      pendingSpace = out.length > 0 || from !== -1;
      continue;
    }
    const same = folded.length === 1 && folded.charCodeAt(0) === code;
    if (same && from !== -1 && (to === i || (pendingSpace && to === i - 1 && text.charCodeAt(to) === 0x20))) {
      // The stretch goes on, across a single space between words.
      to = i + 1;
      pendingSpace = false;
      continue;
    }
    if (from !== -1) out += text.slice(from, to);
    from = -1;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    if (same) {
      from = i;
      to = i + 1;
    } else {
      out += folded;
    }
  }
  if (from === 0 && to === text.length) return text;
  return from === -1 ? out : out + text.slice(from, to);
}

function slowFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(FOLD_LETTERS, (c) => ARABIC_LETTER_FOLDS[c] ?? c)
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

let editRows: [Int32Array, Int32Array] = [new Int32Array(128), new Int32Array(128)];

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. Only cells within
 * `limit` of the diagonal are filled: a path through any other costs more than `limit` (each
 * step off the diagonal costs one), so the band gives the same answer for a fraction of the
 * table. Cells outside the band read as `limit + 1`.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const beyond = limit + 1;
  // Two rows reused from call to call: headings are compared with every form of a table.
  if (editRows[0].length <= b.length + 1) editRows = [new Int32Array(2 * b.length + 2), new Int32Array(2 * b.length + 2)];
  let previous = editRows[0];
  let current = editRows[1];
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : beyond;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 ? i : beyond;
    let rowMin = current[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = beyond; // the next row's band reaches one further
    if (rowMin > limit) return beyond;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[b.length]!, beyond);
}

/** How many letters a heading may differ by: one in a short word, two in a longer heading. */
export function fuzzLimit(length: number): number {
  if (length < 4) return 0;
  if (length < 12) return 1;
  return 2;
}
