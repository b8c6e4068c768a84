// The masthead (Distr., date of issue, language, Original, the document's symbol) and the
// meeting lines above the title (body, organ, session, venue and date). Each line is read on its
// own: masthead lines by their form, then the meeting lines in the order UN documents print them.
import { isBlank, trimmedSpan, type Line, type NSpan, type ParseContext } from '../context.js';
import { foldForMatch } from '../normalise/fold.js';
import {
  BODY_HEADS,
  DISTRIBUTION_WORDS,
  HAN_BODY_HEADS,
  MASTHEAD_NOISE,
  ORIGINAL_LANGUAGE_NAMES,
  PRINCIPAL_ORGANS,
} from '../locales/masthead.js';
import { alternation, foldedLookup, gap, LETTER, MARK, perLocale } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';
import type { Language } from '../schema.js';
import type { LineRange } from '../segment/segment.js';
import { datesWithin, type DateMatch } from './dates.js';
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
  /** "Distr." was printed alone: its value is on the next line. */
  distributionPending?: boolean;
}

const DISTRIBUTION = /^Distr\.?\s*(?::\s*)?(\p{L}+)/iu;
const DISTR_ALONE = /^Distr\.?\s*:?$/i;
const ORIGINAL = /^(?:Original|الأصل|الاصل)\s*:\s*(?:ب)?(\p{L}+)/iu;
// Job numbers and barcodes printed on every page: "V.09-88123 (A)", "GE.10-12345", "*0988123*".
const JOB_NUMBER = /^(?:[A-Z]{1,2}\.?\d{2}-\d{4,6}|\*\d{6,8}\*|N\d{7})(?:\s*\([A-Z]\))?(?:\s|$)/;
const LANGUAGE_NAME_LINE = /^\p{L}+$/u;
/** A masthead line at least this long may have wrapped. */
const WRAPPED_NAME_LENGTH = 35;

const sessionPatterns = perLocale((locale: Locale) => {
  const session = alternation(locale.sessionWord, locale);
  const flags = locale.arabicMorphology ? 'u' : 'iu';
  const word = `[${LETTER}${MARK}]+`;
  // The words beside the session word are taken whole and looked up (readOrdinalSession):
  // an alternation of every ordinal in every case (Russian has ~700) compiles to megabytes.
  const ordinalWords = locale.arabicMorphology
    ? `${session}\\s+(?<ordinal>${word}(?:\\s+${word}){0,2})`
    : locale.spaceless
      ? `(?<ordinal>[${LETTER}]{1,8})${session}`
      : // Lazy: "Twenty-seventh special session" reads the longer session word, not "special" as an ordinal's.
        `(?<ordinal>${word}(?:[-\\s]+${word}){0,3}?)\\s+${session}`;
  return {
    // "Fifth session", "Fifty-third session", "الدورة الخامسة", "第五届会议", "Tercer período de sesiones".
    ordinalSession: new RegExp(ordinalWords, flags),
    numberedSession: new RegExp(
      // The number's ordinal ending, glued or (as extractions split it) after a space: "13er", "21 er", "2do".
      `${session}${gap(locale)}(?<number>\\d{1,3})|(?<number2>\\d{1,3})(?:\\s?(?:st|nd|rd|th|e|er|ère|ème|ª|º|ro|do|to|mo|no|vo)|-?я)?${gap(locale)}${session}`,
      flags,
    ),
    ordinal: foldedLookup(Object.entries(locale.ordinals)),
    tens: foldedLookup(Object.entries(locale.ordinalTens ?? {})),
    itemReference: new RegExp(`^${alternation([...locale.itemWord, 'Item'], locale)}${gap(locale)}\\d{1,3}`, flags),
  };
});

/**
 * The ordinal among the words beside the session word: the longest run of them, next to it,
 * that is an ordinal ("Commission, fifth session" → "fifth"). Returns its value and its offset
 * in the matched text.
 */
function readOrdinalSession(
  locale: Locale,
  p: ReturnType<typeof sessionPatterns>,
  match: RegExpExecArray,
): { value: number; start: number; end: number } | null {
  const words = match.groups!.ordinal!;
  const at = match[0].indexOf(words);
  if (locale.spaceless) {
    // No spaces: try the characters before the session word, longest first.
    for (let i = 0; i < words.length; i++) {
      const value = ordinalValue(locale, p, words.slice(i));
      if (value !== null) return { value, start: match.index + at + i, end: match.index + match[0].length };
    }
    return null;
  }
  const parts = [...words.matchAll(/[^\s-]+/g)];
  for (let k = parts.length; k >= 1; k--) {
    // Arabic puts the ordinal after the session word (a prefix of the words), others before it.
    const chosen = locale.arabicMorphology ? parts.slice(0, k) : parts.slice(parts.length - k);
    const first = chosen[0]!.index;
    const last = chosen[chosen.length - 1]!;
    const phrase = words.slice(first, last.index + last[0].length);
    const value = ordinalValue(locale, p, phrase);
    if (value === null) continue;
    // The span runs from the ordinal to the session word, or (Arabic) from the session word on.
    return locale.arabicMorphology
      ? { value, start: match.index, end: match.index + at + last.index + last[0].length }
      : { value, start: match.index + at + first, end: match.index + match[0].length };
  }
  return null;
}

/** "fifth" → 5; "fifty-third" → 53 (tens word + unit ordinal), when the table has the tens. */
function ordinalValue(locale: Locale, p: ReturnType<typeof sessionPatterns>, word: string): number | null {
  const whole = p.ordinal(word);
  if (whole !== undefined) return whole;
  const parts = word.split(/[-\s]+/);
  // Spanish writes compounds as one word: "vigesimonoveno" (vigésimo + noveno), "trigesimoprimer".
  if (parts.length === 1 && !locale.spaceless) {
    for (let i = 3; i <= word.length - 3; i++) {
      const t = p.tens(word.slice(0, i));
      const u = t === undefined ? undefined : p.ordinal(word.slice(i));
      if (t !== undefined && u !== undefined) return t + u;
    }
  }
  if (parts.length !== 2) return null;
  // "fifty-third": tens first; Arabic "الثالثة والخمسون": the unit, then "and" and the tens.
  const [tensWord, unitWord] = locale.arabicMorphology ? [parts[1]!.replace(/^و/, ''), parts[0]!] : [parts[0]!, parts[1]!];
  const t = p.tens(tensWord);
  const u = p.ordinal(unitWord);
  return t !== undefined && u !== undefined ? t + u : null;
}

function masthead(ctx: ParseContext, span: NSpan, header: HeaderDraft, allDates: readonly DateMatch[]): boolean {
  const text = ctx.norm.text.slice(span.start, span.end);
  // "Distr." on one line and "GENERAL" on the next, as older mastheads print it.
  if (DISTR_ALONE.test(text)) {
    header.distributionPending = true;
    return true;
  }
  if (header.distributionPending) {
    header.distributionPending = false;
    const value = DISTRIBUTION_WORDS[foldForMatch(text)];
    if (value && !header.distribution) {
      header.distribution = { value, span };
      return true;
    }
  }
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
    const dates = datesWithin(allDates, span);
    const date = dates[0];
    if (date && dates.length === 1 && date.span.start === span.start && date.span.end === span.end && date.start.year !== null) {
      header.issued = { ...date, span: { start: span.start, end: span.end } };
      return true;
    }
  }
  // "Arabic", "العربية": the language of this version.
  if (LANGUAGE_NAME_LINE.test(text) && ORIGINAL_LANGUAGE_NAMES[foldForMatch(text)] !== undefined) return true;
  return false;
}

/** Cells of a line: tabs or wide gaps separate the masthead's side-by-side blocks. */
function cellSpans(line: Line): NSpan[] {
  const cells: NSpan[] = [];
  const separator = /\t| {3,}/g;
  let start = 0;
  const push = (end: number) => {
    const raw = line.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) cells.push({ start: line.start + start + lead, end: line.start + start + lead + trimmed.length });
  };
  for (const m of line.text.matchAll(separator)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(line.text.length);
  return cells;
}

/**
 * Does this line continue the name above it? It does when the name above ends with a function
 * word ("…Convention on the"), when this line starts in lower case ("and International
 * Lakes"), or when the name above was long enough to have wrapped and this line names no body
 * of its own ("…to the United Nations" / "Convention against Transnational Organized Crime").
 */
function continuesName(ctx: ParseContext, previous: NSpan, text: string): boolean {
  if (/^\p{Ll}/u.test(text)) return true;
  const above = ctx.norm.text.slice(previous.start, previous.end);
  // Chinese puts the head noun last: a name goes on until a line ends with one (…缔约方会议).
  if (ctx.locale.spaceless) return !HAN_BODY_HEADS.some((head) => above.endsWith(head));
  const lastWord = foldForMatch(above.split(/\s+/).at(-1) ?? '');
  if (ctx.locale.stopwords.includes(lastWord)) return true;
  const words = foldForMatch(text).split(' ');
  return above.length >= WRAPPED_NAME_LENGTH && !words.some((w) => BODY_HEADS.has(w));
}

/** Read the masthead and meeting lines; `allDates` are the dates found in the whole text. */
export function extractHeader(ctx: ParseContext, range: LineRange, allDates: readonly DateMatch[]): HeaderDraft {
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
  // Names of the bodies, in order; a name wrapped over several lines is one block.
  const names: NSpan[] = [];
  let seriesOrgan: NSpan | null = null;
  let afterItemReference = false;
  let previous: NSpan | null = null;
  for (let i = range.from; i < range.to; i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) {
      previous = null;
      continue;
    }
    // A masthead prints its blocks side by side: "United Nations<TAB>E/CN.21/2011/1",
    // "Economic and Social Council<TAB>Distr.: General". A line with a masthead cell is all
    // masthead: the principal organ printed beside "Distr." names the series, not the meeting.
    // A body's name may end beside "Distr." ("contre la corruption<TAB>Distr. générale"), and the
    // principal organ printed there ("Economic and Social Council") names the series: it is kept
    // only as the parent of the bodies below it.
    const cells = cellSpans(line);
    const rest = cells.filter((cell) => !masthead(ctx, cell, header, allDates));
    if (rest.length < cells.length) {
      const organ = rest.find((cell) => PRINCIPAL_ORGANS.has(foldForMatch(ctx.norm.text.slice(cell.start, cell.end))));
      if (organ && !seriesOrgan) seriesOrgan = organ;
      const nameCells = rest.filter((cell) => cell !== organ);
      if (nameCells.length === 0) continue;
    }
    const content = rest.length < cells.length ? rest.filter((cell) => !PRINCIPAL_ORGANS.has(foldForMatch(ctx.norm.text.slice(cell.start, cell.end)))) : [trimmedSpan(line)];
    const span = { start: content[0]!.start, end: content[content.length - 1]!.end };
    const text = ctx.norm.text.slice(span.start, span.end);

    // "Item 4 of the provisional agenda", "البند ٤ من جدول الأعمال المؤقت": no body's name, and
    // the lines after it until the title are that item's title ("Organizational matters").
    if (sessions.itemReference.test(text)) {
      afterItemReference = true;
      previous = null;
      continue;
    }

    const ordinalMatch = sessions.ordinalSession.exec(text);
    const ordinal = ordinalMatch ? readOrdinalSession(ctx.locale, sessions, ordinalMatch) : null;
    const numbered = ordinal ? null : sessions.numberedSession.exec(text);
    if ((ordinal || numbered) && !header.session) {
      if (ordinal) {
        header.session = { value: ordinal.value, span: { start: span.start + ordinal.start, end: span.start + ordinal.end } };
      } else {
        const m = numbered!;
        header.session = {
          value: Number(m.groups!.number ?? m.groups!.number2),
          span: { start: span.start + m.index, end: span.start + m.index + m[0].length },
        };
      }
      previous = null;
      continue;
    }

    const dates = datesWithin(allDates, span);
    if (dates.length > 0 && !header.meetingDate) {
      const date = dates[0]!;
      header.meetingDate = date;
      // "Vienna, 27-29 January 2010": the venue is what comes before the date.
      // Trimmed by a loop: /[\s,،]+$/ is tried at every position of a long run (quadratic).
      let venueEnd = date.span.start - span.start;
      while (venueEnd > 0 && /[\s,،，]/u.test(text[venueEnd - 1]!)) venueEnd--;
      if (venueEnd > 0) header.venue = { start: span.start, end: span.start + venueEnd };
      else {
        // "2012年11月28日至30日，维也纳": in Chinese the place follows the date.
        let venueStart = date.span.end - span.start;
        while (venueStart < text.length && /[\s,،，、]/u.test(text[venueStart]!)) venueStart++;
        if (venueStart < text.length) header.venue = { start: span.start + venueStart, end: span.end };
      }
      previous = null;
      continue;
    }

    if (afterItemReference) continue;
    if (previous && continuesName(ctx, previous, text)) {
      previous.end = span.end;
      continue;
    }
    previous = { ...span };
    names.push(previous);
  }
  // The body, then the organ that meets; with more names, the organ is the last and the body the
  // one it belongs to (ECE › Meeting of the Parties › Working Group: body is the Meeting). The
  // principal organ of the masthead is the parent when the meeting lines name one body only.
  if (seriesOrgan && names.length === 1) names.unshift(seriesOrgan);
  if (names.length === 1) header.body = names[0]!;
  if (names.length >= 2) {
    header.body = names[names.length - 2]!;
    header.organ = names[names.length - 1]!;
  }
  return header;
}
