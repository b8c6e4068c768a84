// Folding for comparison only: headings, keywords and titles are matched with harakat, tatweel,
// hamza forms on alef, letter case, accents and punctuation folded (SPEC, "Text fields").
// Output text is never folded.

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

function fold(text: string): string {
  return unswapLamAlef(foldLetters(text));
}

function foldLetters(text: string): string {
  // Fast path for the common case, Arabic and ASCII: one pass over a small table, no NFD.
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded: string | undefined;
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) folded = text[i];
      else if (code >= 0x41 && code <= 0x5a) folded = String.fromCharCode(code + 32);
      else folded = ' ';
    } else if (code >= 0x0600 && code < 0x0700) {
      folded = ARABIC_FAST[code - 0x0600];
    } else {
      return slowFold(text);
    }
    if (folded === '') continue; // harakat, tatweel
    if (folded === ' ') {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += folded;
  }
  return out;
}

/** Arabic block U+0600–06FF folded: marks and tatweel to '', hamza carriers to their base. */
const ARABIC_FAST: string[] = Array.from({ length: 0x100 }, (_, i) => {
  const ch = String.fromCharCode(0x0600 + i);
  return slowFold(ch) === '' && !/[\p{L}\p{N}]/u.test(ch) && !/\p{M}|\u0640/u.test(ch) ? ' ' : slowFold(ch);
});

function slowFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(FOLD_LETTERS, (c) => ARABIC_LETTER_FOLDS[c] ?? c)
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. Only headings and
 * titles are compared (tens of letters), so the plain row-by-row table is cheap enough.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How many letters a heading may differ by: one in a short word, two in a longer heading. */
export function fuzzLimit(length: number): number {
  if (length < 4) return 0;
  if (length < 12) return 1;
  return 2;
}
