// Builds regular-expression sources from the word tables. Every pattern built here is a plain
// alternation of literal words (longest first) with optional single-character classes, so it
// cannot backtrack beyond the length of the longest word.
import { foldForMatch } from '../normalise/fold.js';
import type { Locale } from './types.js';

/** Harakat and superscript alef: allowed after any Arabic letter ("مقرِّر" is "مقرر"). */
export const HARAKAT = '[\\u064B-\\u065F\\u0670]*';
/**
 * Character-class contents for letters, combining marks and digits of the scripts UN documents
 * use (Latin with its accents, Greek, Cyrillic, Arabic, CJK). Spelt out as ranges because V8
 * builds a \p{L} class anew each time a pattern using it compiles (~0.6 ms each, more with the
 * i flag), and the patterns built per language are compiled at start-up.
 */
export const LETTER =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F' +
  '\\u0620-\\u064A\\u066E-\\u06D3\\u06D5\\u06E5\\u06E6\\u06EE\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9' +
  '\\u3005-\\u3007\\u3041-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFB50-\\uFDFB\\uFE70-\\uFEFC\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
export const MARK = '\\u0300-\\u036F\\u0483-\\u0489\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED\\u08CA-\\u08FF';
export const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9\\uFF10-\\uFF19';

/** Word boundary that works for Arabic and CJK too (chrono's `\W` does not). */
export const WORD_START = `(?<![${LETTER}${MARK}${DIGIT}])`;
export const WORD_END = `(?![${LETTER}${MARK}${DIGIT}])`;
/** Arabic proclitics: conjunction, preposition, article ("وللمادة", "بالأشخاص"). */
export const ARABIC_PROCLITICS = '(?:[وف]?[بلك]?(?:ال|ل)?)';

const ARABIC_CLASSES: Record<string, string> = {
  'ا': '[اأإآٱ]',
  'أ': '[اأإآٱ]',
  'إ': '[اأإآٱ]',
  'آ': '[اأإآٱ]',
  'ي': '[يى]',
  'ى': '[يى]',
  'ة': '[ةه]',
  'ه': '[ةه]',
};

/** Escapes what is special outside a character class; "-" is not, and `u` patterns refuse "\\-". */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function isArabicLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0x0620 && code <= 0x064a;
}

/**
 * Where harakat may stand: after any letter ("مقرِّر"), or only at the end of each word
 * ("صباحاً"). Allowing them everywhere multiplies a pattern's size by ten; V8 stops optimising
 * regular expressions past a size, so tables of many words (months) allow them only at the end.
 */
export type HarakatTolerance = 'all' | 'final';

/** A pattern for one word or phrase as the locale prints it, tolerant of spacing and harakat. */
export function phrasePattern(
  phrase: string,
  locale: Pick<Locale, 'arabicMorphology' | 'spaceless'>,
  harakat: HarakatTolerance = 'final',
): string {
  let out = '';
  const chars = [...phrase];
  chars.forEach((ch, i) => {
    if (ch === ' ') {
      out += gap(locale);
    } else if (locale.arabicMorphology && isArabicLetter(ch)) {
      const wordEnd = i === chars.length - 1 || chars[i + 1] === ' ';
      out += (ARABIC_CLASSES[ch] ?? ch) + (harakat === 'all' || wordEnd ? HARAKAT : '');
    } else {
      out += escapeRegex(ch);
    }
  });
  return out;
}

/** White space between two words: none may be printed in a language written without spaces. */
export function gap(locale: Pick<Locale, 'spaceless'>): string {
  return locale.spaceless ? '\\s*' : '\\s+';
}

/** Alternation of phrases, longest first so that "تشرين الأول" wins over a shorter prefix. */
export function alternation(
  phrases: readonly string[],
  locale: Pick<Locale, 'arabicMorphology' | 'spaceless'>,
  harakat: HarakatTolerance = 'final',
): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => phrasePattern(p, locale, harakat)).join('|')})`;
}

/** True where a word may start: not after a letter, mark or digit. */
export function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  return !/[\p{L}\p{M}\p{N}]/u.test(text[index - 1]!);
}

/**
 * Matches of a global pattern that start a word. The boundary is checked here rather than with
 * a lookbehind at the pattern's head: a leading lookbehind over Unicode classes is evaluated at
 * every position of the text, where a plain first character lets V8 skip ahead. With `from` and
 * `to`, only matches that start in [from, to).
 */
export function* matchesAtWordStart(pattern: RegExp, text: string, from = 0, to = text.length): Generator<RegExpExecArray> {
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    if (isWordStart(text, m.index)) {
      yield m;
      if (m[0].length === 0) pattern.lastIndex++;
    } else {
      pattern.lastIndex = m.index + 1;
    }
  }
}

/**
 * An Arabic keyword with its clitics: the article of the table's form is optional and any
 * proclitic may precede it ("المادة" matches "مادة", "للمادة", "والمادة").
 */
export function keywordPattern(words: readonly string[], locale: Pick<Locale, 'arabicMorphology'>): string {
  if (!locale.arabicMorphology) return alternation(words, locale);
  const stems = words.map((w) => (w.startsWith('ال') ? w.slice(2) : w));
  return ARABIC_PROCLITICS + alternation(stems, locale, 'all');
}

/** The stems of Arabic keywords without their article: the head of a pattern that scans text. */
export function stemPattern(words: readonly string[], locale: Pick<Locale, 'arabicMorphology'>): string {
  if (!locale.arabicMorphology) return alternation(words, locale);
  return alternation(
    words.map((w) => (w.startsWith('ال') ? w.slice(2) : w)),
    locale,
    'all',
  );
}

const PROCLITICS_BEFORE = new RegExp(`${ARABIC_PROCLITICS}$`, 'u');

/**
 * Where a keyword found by its stem really starts: back over its proclitics ("للمقرر" starts
 * two letters before "مقرر"), or -1 when the stem sits inside a longer word.
 */
export function keywordStart(text: string, stemIndex: number, locale: Pick<Locale, 'arabicMorphology' | 'spaceless'>): number {
  // Chinese has no word boundaries to check.
  if (locale.spaceless) return stemIndex;
  let start = stemIndex;
  if (locale.arabicMorphology) {
    const before = text.slice(Math.max(0, stemIndex - 5), stemIndex);
    const clitics = PROCLITICS_BEFORE.exec(before);
    if (clitics) start -= clitics[0].length;
    // "لل" is ل + the article's ل: a proclitic run that leaves a letter before it is no prefix.
    while (start < stemIndex && !isWordStart(text, start)) start++;
  }
  return isWordStart(text, start) ? start : -1;
}

/** Look up a matched phrase in a table by its folded form. */
export function foldedLookup<T>(entries: Iterable<readonly [string, T]>): (text: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [key, value] of entries) map.set(foldForMatch(key), value);
  return (text: string) => map.get(foldForMatch(text));
}

/** Memoise per locale: patterns are compiled once per process, not per document. */
export function perLocale<T>(build: (locale: Locale) => T): (locale: Locale) => T {
  const cache = new Map<Locale, T>();
  return (locale) => {
    let value = cache.get(locale);
    if (value === undefined) {
      value = build(locale);
      cache.set(locale, value);
    }
    return value;
  };
}
