// The masthead (Distr., date of issue, language, Original, the document's symbol) and the
// meeting lines above the title (body, organ, session, venue and date). Each line is read on its
// own: masthead lines by their form, then the meeting lines in the order UN documents print them.
import { isBlank, trimmedSpan, type Line, type NSpan, type ParseContext } from '../context.js';
import { foldForMatch } from '../normalise/fold.js';
import { DISTRIBUTION_WORDS, MASTHEAD_NOISE, ORIGINAL_LANGUAGE_NAMES } from '../locales/masthead.js';
import { alternation, foldedLookup, perLocale } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';
import type { Language } from '../schema.js';
import type { LineRange } from '../segment/segment.js';
import { extractDatesInLanguages, type DateMatch } from './dates.js';
import { findDocumentSymbols } from './symbols.js';

export interface Field<T> {
  value: T;
  span: NSpan;
}

export interface HeaderDraft {
  symbol: Field<string> | null;
  distribution: Field<'general' | 'limited' | 'restricted'> | null;
  issued: DateMatch | null;
  originalLanguage: Field<Language> | null;
  body: NSpan | null;
  organ: NSpan | null;
  session: Field<number | null> | null;
  venue: NSpan | null;
  meetingDate: DateMatch | null;
}

const DISTRIBUTION = /^Distr\.?\s*(?::\s*)?(\p{L}+)/iu;
const ORIGINAL = /^(?:Original|الأصل|الاصل)\s*:\s*(?:ب)?(\p{L}+)/iu;
// Job numbers and barcodes printed on every page: "V.09-88123 (A)", "GE.10-12345", "*0988123*".
const JOB_NUMBER = /^(?:[A-Z]{1,2}\.?\d{2}-\d{4,6}|\*\d{6,8}\*|N\d{7})(?:\s*\([A-Z]\))?(?:\s|$)/;
const LANGUAGE_NAME_LINE = /^\p{L}+$/u;

const sessionPatterns = perLocale((locale: Locale) => {
  const ordinals = alternation(Object.keys(locale.ordinals), locale);
  const session = alternation(locale.sessionWord, locale);
  const flags = locale.arabicMorphology ? 'u' : 'iu';
  return {
    // "Fifth session", "الدورة الخامسة", "Nineteenth session (resumed)".
    ordinalSession: new RegExp(
      locale.arabicMorphology ? `${session}\\s+(?<ordinal>${ordinals})` : `(?<ordinal>${ordinals})\\s+${session}`,
      flags,
    ),
    numberedSession: new RegExp(`${session}\\s+(?<number>\\d{1,3})|(?<number2>\\d{1,3})(?:st|nd|rd|th|e|ª|-?я)?\\s+${session}`, flags),
    ordinal: foldedLookup(Object.entries(locale.ordinals)),
  };
});

function masthead(ctx: ParseContext, line: Line, header: HeaderDraft, dateLocales: readonly Locale[]): boolean {
  const span = trimmedSpan(line);
  const text = ctx.norm.text.slice(span.start, span.end);
  const distribution = DISTRIBUTION.exec(text);
  if (distribution) {
    const value = DISTRIBUTION_WORDS[foldForMatch(distribution[1]!)];
    if (value && !header.distribution) {
      header.distribution = { value, span };
    }
    return true;
  }
  const original = ORIGINAL.exec(text);
  if (original) {
    const value = ORIGINAL_LANGUAGE_NAMES[foldForMatch(original[1]!)];
    if (value && !header.originalLanguage) {
      const start = span.start + original[0].length - original[1]!.length;
      header.originalLanguage = { value, span: { start, end: start + original[1]!.length } };
    }
    return true;
  }
  if (JOB_NUMBER.test(text) || MASTHEAD_NOISE.includes(foldForMatch(text))) return true;
  const symbols = findDocumentSymbols(text);
  if (symbols.length === 1 && symbols[0]!.start === 0 && symbols[0]!.end === text.length) {
    if (!header.symbol) {
      header.symbol = { value: symbols[0]!.symbol, span: { start: span.start, end: span.end } };
    }
    return true;
  }
  // A date alone on its line is the date of issue: meeting dates come with their venue.
  if (!header.issued) {
    const dates = extractDatesInLanguages(text, dateLocales);
    const date = dates[0];
    if (date && dates.length === 1 && date.span.start === 0 && date.span.end === text.length && date.start.year !== null) {
      header.issued = { ...date, span: { start: span.start, end: span.end } };
      return true;
    }
  }
  // "Arabic", "العربية": the language of this version.
  if (LANGUAGE_NAME_LINE.test(text) && ORIGINAL_LANGUAGE_NAMES[foldForMatch(text)] !== undefined) return true;
  return false;
}

export function extractHeader(ctx: ParseContext, range: LineRange, dateLocales: readonly Locale[]): HeaderDraft {
  const header: HeaderDraft = {
    symbol: null,
    distribution: null,
    issued: null,
    originalLanguage: null,
    body: null,
    organ: null,
    session: null,
    venue: null,
    meetingDate: null,
  };
  const sessions = sessionPatterns(ctx.locale);
  let previous: NSpan | null = null;
  for (let i = range.from; i < range.to; i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) {
      previous = null;
      continue;
    }
    if (masthead(ctx, line, header, dateLocales)) {
      previous = null;
      continue;
    }
    const span = trimmedSpan(line);
    const text = ctx.norm.text.slice(span.start, span.end);

    const ordinal = sessions.ordinalSession.exec(text);
    const numbered = ordinal ? null : sessions.numberedSession.exec(text);
    if ((ordinal || numbered) && !header.session) {
      const m = (ordinal ?? numbered)!;
      const number = ordinal
        ? (sessions.ordinal(ordinal.groups!.ordinal!) ?? null)
        : Number(numbered!.groups!.number ?? numbered!.groups!.number2);
      header.session = { value: number, span: { start: span.start + m.index, end: span.start + m.index + m[0].length } };
      previous = null;
      continue;
    }

    const dates = extractDatesInLanguages(text, dateLocales);
    if (dates.length > 0 && !header.meetingDate) {
      const date = dates[0]!;
      header.meetingDate = { ...date, span: { start: span.start + date.span.start, end: span.start + date.span.end } };
      // "Vienna, 27-29 January 2010": the venue is what comes before the date.
      // Trimmed by a loop: /[\s,،]+$/ is tried at every position of a long run (quadratic).
      let venueEnd = date.span.start;
      while (venueEnd > 0 && /[\s,،]/u.test(text[venueEnd - 1]!)) venueEnd--;
      if (venueEnd > 0) header.venue = { start: span.start, end: span.start + venueEnd };
      previous = null;
      continue;
    }

    // Body first, then the subsidiary organ; a line that begins in lower case continues a name.
    if (previous && /^\p{Ll}/u.test(text)) {
      previous.end = span.end;
      continue;
    }
    if (!header.body) {
      header.body = { ...span };
      previous = header.body;
    } else if (!header.organ) {
      header.organ = { ...span };
      previous = header.organ;
    }
  }
  return header;
}
