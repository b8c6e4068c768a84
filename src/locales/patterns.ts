// Builds regular-expression sources from the word tables. Every pattern built here is a plain
// alternation of literal words (longest first) with optional single-character classes, so it
// cannot backtrack beyond the length of the longest word.
import { foldForMatch } from '../normalise/fold.js';
import type { Locale } from './types.js';

/** Harakat and superscript alef: allowed after any Arabic letter ("مقرِّر" is "مقرر"). */
export const HARAKAT = '[\\u064B-\\u065F\\u0670]*';
/** Word boundary that works for Arabic and CJK too (chrono's `\W` does not). */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
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

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function isArabicLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0x0620 && code <= 0x064a;
}

/** A pattern for one word or phrase as the locale prints it, tolerant of spacing and harakat. */
export function phrasePattern(phrase: string, locale: Pick<Locale, 'arabicMorphology'>): string {
  let out = '';
  for (const ch of phrase) {
    if (ch === ' ') out += '\\s+';
    else if (locale.arabicMorphology && isArabicLetter(ch)) out += (ARABIC_CLASSES[ch] ?? ch) + HARAKAT;
    else out += escapeRegex(ch);
  }
  return out;
}

/** Alternation of phrases, longest first so that "تشرين الأول" wins over a shorter prefix. */
export function alternation(phrases: readonly string[], locale: Pick<Locale, 'arabicMorphology'>): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => phrasePattern(p, locale)).join('|')})`;
}

/**
 * An Arabic keyword with its clitics: the article of the table's form is optional and any
 * proclitic may precede it ("المادة" matches "مادة", "للمادة", "والمادة").
 */
export function keywordPattern(words: readonly string[], locale: Pick<Locale, 'arabicMorphology'>): string {
  if (!locale.arabicMorphology) return alternation(words, locale);
  const stems = words.map((w) => (w.startsWith('ال') ? w.slice(2) : w));
  return ARABIC_PROCLITICS + alternation(stems, locale);
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
