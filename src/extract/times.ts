// Times of day and time ranges, from the language tables:
//   numeric "١٠/٠٠" (10:00), "10.00", "10:30"; "10 a.m.", "3.30 p.m."; "10 heures", "10 h 30";
//   "13.00 horas"; "10 час. 00 мин."; "上午10时", "下午3时30分"; in words "الساعة العاشرة صباحاً".
// Ranges join two times with a dash or the language's word ("to", "à", "a", "до", "至"); a
// marker printed once may serve both ends ("3-6 p.m.", "de 10.00 a 13.00 horas"). A range
// whose end comes before its start was printed end first (bidi reordering) and is put back.
import { compiledAtOnce, type NSpan } from '../context.js';
import { foldForMatch } from '../normalise/fold.js';
import { alternation, DIGIT, foldedLookup, isWordStart, LETTER, MARK, perLocale, phrasePattern, WORD_END } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';

export interface TimeOfDay {
  hour: number;
  minute: number;
}

export interface TimeRangeMatch {
  span: NSpan;
  start: TimeOfDay;
  end: TimeOfDay;
  /** The range was printed end first and has been put back in order. */
  reversed: boolean;
}

export interface TimeMatch {
  span: NSpan;
  time: TimeOfDay;
}

export function formatTime(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

function minutes(t: TimeOfDay): number {
  return t.hour * 60 + t.minute;
}

interface ClockPatterns {
  range: RegExp;
  single: RegExp;
  isMorning: (word: string) => boolean;
  /** The language's "at" word ending a text: "at", "à", "a las", "в", "الساعة"; null without one. */
  atBefore: RegExp | null;
  /** The hour of a word that names one ("noon" → 12), ending a range. */
  namedHour: (word: string) => number | undefined;
  /** Whether a time split by a slash may print its minutes first ("00/10", Arabic). */
  slashMinutesFirst: boolean;
}

const NONE = '(?!)';

/** The digits a time is written in (what `\d` matches). */
const DIGIT_CHAR = /[0-9]/;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A time does not start inside a number, a date or a symbol ("2010/10.00"). */
function insideNumber(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return isDigit(before) || before === 0x2f || before === 0x2e || before === 0x3a;
}

/** Scripts written without spaces between words: a time may touch them ("于10:00开幕"). */
const UNSPACED = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;

/** "10.00 Uhr"-like noise aside, a time that ends in a digit must not run into a word ("10.00am" is
 *  matched whole; "2010 by" is not a time). Times ending in a word (时, heures) may touch text, and
 *  any time may touch Chinese characters, which no space separates from it. */
function runsIntoWord(text: string, end: number): boolean {
  if (!isDigit(text.charCodeAt(end - 1))) return false;
  const next = text[end] ?? '';
  return /\p{L}/u.test(next) && !UNSPACED.test(next);
}

/**
 * One time: [before-word] hour [(separator | hour word) minutes [minute word] | hour word]
 * [after-word]. Every quantifier is bounded or separated by a required token.
 */
function timeToken(locale: Locale, n: string, markedOnly = false): string {
  const c = locale.clock ?? {};
  const words = (list: readonly string[] | undefined) => (list && list.length ? alternation(list, locale) : NONE);
  const before = words([...(c.morningBefore ?? []), ...(c.afternoonBefore ?? [])]);
  const after = words([...locale.time.morning, ...locale.time.afternoon]);
  const hourWord = suffixWords(c.hourSuffixes, locale);
  const minuteWord = suffixWords(c.minuteSuffixes, locale);
  // `markedOnly`: without a before-word, the hour must be followed by what may mark it (a
  // separator, an hour word, an after-word), which the optional parts below then read. A bare
  // number ("12", "2025") is no single time, and most numbers in a text are bare: without this a
  // match (a result with a dozen named groups) was built for each, only to be dropped.
  const marks = `\\s?[:.h/]|\\s?${hourWord}|\\s?${after}`;
  // Without before-words the token starts with its digits, which V8 can scan for quickly. With
  // them (Chinese "上午10时"), a marked-only token is a before-word or, in its place, digits
  // followed by a mark: the hour's own digits, looked at ahead (the same alternatives, in the same
  // order, as an optional before-word; some 1,800 bare Chinese numbers per 1,000 documents
  // matched as times without it).
  const head =
    before === NONE ? '' : markedOnly ? `(?:(?<before${n}>${before})\\s?|(?=\\d{1,2}(?:${marks})))` : `(?:(?<before${n}>${before})\\s?)?`;
  const marker = markedOnly && head === '' ? `(?=${marks})` : '';
  return (
    `${head}(?<h${n}>\\d{1,2})${marker}` +
    `(?:(?<sep${n}>\\s?[:.h/]\\s?|\\s?(?<hs${n}>${hourWord})\\s?)(?<m${n}>\\d{2})(?:\\s?(?<mw${n}>${minuteWord})|\\s?(?<ha${n}>${hourWord}))?|\\s?(?<hw${n}>${hourWord}))?` +
    `(?:\\s?(?<after${n}>${after}))?`
  );
}

/** Latin and Cyrillic letters: what a suffix ending in a letter must not run into. */
const ALPHABETIC = 'A-Za-z\\u00C0-\\u024F\\u0400-\\u052F';
/** A word that ends in one of them. */
const ENDS_ALPHABETIC = new RegExp(`[${ALPHABETIC}]$`);

/**
 * Hour or minute words, longest first. One that ends in a Latin or Cyrillic letter must end its
 * word ("10 ч 00 мин", not the "ч" of "10 членов"); one ending in a dot or a Chinese character
 * ("час.", "时") may touch what follows ("10时开幕").
 */
function suffixWords(list: readonly string[] | undefined, locale: Locale): string {
  if (!list || list.length === 0) return NONE;
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => phrasePattern(w, locale) + (ENDS_ALPHABETIC.test(w) ? `(?![${ALPHABETIC}])` : '')).join('|')})`;
}

const clockPatterns = perLocale((locale: Locale): ClockPatterns => {
  const space = locale.spaceless ? '\\s*' : '\\s';
  const to = locale.clock?.rangeTo?.length ? `|${space}${alternation(locale.clock.rangeTo, locale)}${space}` : '';
  const flags = locale.arabicMorphology ? 'gu' : 'giu';
  const guard = '';
  const end = '(?![\\d/])';
  // Folded: the text prints "صباحاً" (with tanween) where the table has "صباحا".
  const morning = new Set([...locale.time.morning, ...(locale.clock?.morningBefore ?? [])].map(foldForMatch));
  const at = locale.time.hourWord;
  // Anchored at the end of the few characters before a time; Arabic may attach و ف ب to the word.
  const atBefore = at.length
    ? new RegExp(
        `(?:^|[^${LETTER}${MARK}${DIGIT}])${locale.arabicMorphology ? '[وفب]?' : ''}${alternation(at, locale)}${locale.spaceless ? '\\s{0,3}' : '\\s{1,3}'}$`,
        flags.replace('g', ''),
      )
    : null;
  // A range may end at an hour named by a word ("10 a.m.–noon", "de 10 heures à midi", "de las
  // 10.00 horas al mediodía"); the word must end there ("noon" is not the start of "noonday").
  const c = locale.clock;
  const named = c?.namedHours && Object.keys(c.namedHours).length ? alternation(Object.keys(c.namedHours), locale) : null;
  const toNamed = named && c?.rangeToNamed?.length ? `|${space}${alternation(c.rangeToNamed, locale)}${space}` : '';
  const end2 = named
    ? `(?:${timeToken(locale, '2')}|(?<named2>${named})(?![${LETTER}${MARK}]))`
    : timeToken(locale, '2');
  // Run on the few hundred characters around each date: compiled to machine code at once.
  return {
    range: compiledAtOnce(new RegExp(`${guard}${timeToken(locale, '1')}\\s*(?:[-–—]${to}${toNamed})\\s*${end2}${end}`, flags), locale.code),
    single: compiledAtOnce(new RegExp(`${guard}${timeToken(locale, '1', true)}${end}`, flags), locale.code),
    isMorning: (word) => morning.has(foldForMatch(word)),
    atBefore: compiledAtOnce(atBefore, locale.code),
    namedHour: foldedLookup(Object.entries(c?.namedHours ?? {})),
    slashMinutesFirst: c?.slashMinutesFirst === true,
  };
});

/** How far back the "at" word before a time may start: the longest table word, clitic and spaces. */
const AT_LOOKBACK = 24;

function afterAtWord(text: string, index: number, p: ClockPatterns): boolean {
  return p.atBefore !== null && p.atBefore.test(text.slice(Math.max(0, index - AT_LOOKBACK), index));
}

/**
 * The longest time or time range a scan may meet, with room to spare ("10 час. 00 мин. – 13 час.
 * 00 мин.", "10 h 30 de l'après-midi"): a scan limited to a region reads this far past its end.
 */
const LONGEST_MATCH = 96;

/**
 * Matches of a global pattern that start in the region. The text is cut a little past the
 * region's end so that a pattern which finds nothing there does not run on to the end of the
 * text; a match that reaches the cut is checked against the whole text by the caller's guards.
 */
function matchesIn(pattern: RegExp, text: string, region: ScanRegion): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const limit = Math.min(text.length, region.to + LONGEST_MATCH);
  const scanned = limit === text.length ? text : text.slice(0, limit);
  pattern.lastIndex = region.from;
  for (let m = pattern.exec(scanned); m && m.index < region.to; m = pattern.exec(scanned)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/** The match ends where the pattern's end guard holds in the whole text, not only at the cut. */
function endsCleanly(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return !isDigit(next) && next !== 0x2f && !runsIntoWord(text, end);
}

interface ReadTime {
  time: TimeOfDay;
  /** Printed with something that makes it a time: minutes, an hour word, a.m./p.m. */
  marked: boolean;
  /** a.m. or p.m. printed: true for the afternoon. */
  afternoon: boolean | null;
}

/** The group names of a time token (`timeToken`), spelt out once rather than per match. */
const TOKEN_GROUPS = {
  '1': { h: 'h1', m: 'm1', hw: 'hw1', before: 'before1', after: 'after1', sep: 'sep1' },
  '2': { h: 'h2', m: 'm2', hw: 'hw2', before: 'before2', after: 'after2', sep: 'sep2' },
} as const;

function readTime(groups: Record<string, string | undefined>, n: '1' | '2', p: ClockPatterns): ReadTime | null {
  const names = TOKEN_GROUPS[n];
  let hour = Number(groups[names.h]);
  const minutes = groups[names.m];
  let minute = minutes !== undefined ? Number(minutes) : 0;
  // UN Arabic prints its times minutes first as often as hours first: "00/10" is 10:00 and
  // "30/10" 10:30 ("الساعة 00/15", a timetable's "00/10-00/13"), beside "10/00". Read so where
  // the hours-first reading is no meeting's time (a first number of 00, past midnight, or over
  // 24) and the second number is an hour ("25/00" is no time either way).
  if (p.slashMinutesFirst && minutes !== undefined && (hour === 0 || hour > 24) && minute >= 1 && minute <= 24 && groups[names.sep]?.trim() === '/') {
    [hour, minute] = [minute, hour];
  }
  if (hour > 24 || minute > 59) return null;
  const word = groups[names.before] ?? groups[names.after];
  const afternoon = word === undefined ? null : !p.isMorning(word);
  const marked = minutes !== undefined || groups[names.hw] !== undefined || word !== undefined;
  return { time: { hour, minute }, marked, afternoon };
}

/** A range's end printed as a named hour ("noon", "midi", "mediodía"): marked, no half day. */
function namedEnd(word: string, p: ClockPatterns): ReadTime | null {
  const hour = p.namedHour(word);
  return hour === undefined ? null : { time: { hour, minute: 0 }, marked: true, afternoon: null };
}

function applyHalfDay(t: ReadTime, afternoon: boolean | null): TimeOfDay | null {
  if (afternoon === null) return t.time;
  if (t.time.hour > 12) return null; // "13 p.m." is no time
  if (afternoon && t.time.hour < 12) return { hour: t.time.hour + 12, minute: t.time.minute };
  if (!afternoon && t.time.hour === 12) return { hour: 0, minute: t.time.minute };
  return t.time;
}

/**
 * The end's half day for a start marked by its minutes only ("2.30" in "2.30-5.30 p.m."), where
 * it keeps the start before the end; null otherwise (an hour word of its own, "10 h 30", or a
 * start that the half day would put after the end).
 */
function endsHalfDayOnly(a: ReadTime, b: ReadTime, g: Record<string, string | undefined>): boolean | null {
  if (b.afternoon === null || g.m1 === undefined || g.hw1 !== undefined || g.hs1 !== undefined || g.ha1 !== undefined) return null;
  const start = applyHalfDay(a, b.afternoon);
  const end = applyHalfDay(b, b.afternoon);
  return start && end && minutes(start) <= minutes(end) ? b.afternoon : null;
}

/**
 * Time ranges in a text; `offset` is added to every span (for text taken from a line). With
 * `region`, only ranges that start inside it.
 */
export function findTimeRanges(
  text: string,
  locale: Locale,
  offset = 0,
  region: ScanRegion = { from: 0, to: text.length },
): TimeRangeMatch[] {
  // A range is two numbers: most lines and table cells hold none, and need no pattern run.
  if (!DIGIT_CHAR.test(text)) return [];
  const p = clockPatterns(locale);
  const found: TimeRangeMatch[] = [];
  for (const m of matchesIn(p.range, text, region)) {
    if (!endsCleanly(text, m.index + m[0].length) || insideNumber(text, m.index)) continue;
    const g = m.groups!;
    const a = readTime(g, '1', p);
    const b = g.named2 !== undefined ? namedEnd(g.named2, p) : readTime(g, '2', p);
    if (!a || !b || !(a.marked || b.marked)) continue;
    // A bare number needs the other end's marker: "3-6 p.m.", "de 10.00 a 13.00 horas"; a named
    // hour is no marker for it ("10 to noon" may be a count).
    if ((!a.marked && (b.afternoon === null || g.named2 !== undefined) && !g.hw2) || (!b.marked && a.afternoon === null && !g.hw1)) continue;
    // A half-day word printed once serves both ends: "3-6 p.m.", "下午3时至6时"; a named hour
    // is its own ("10 a.m.–noon" ends at 12.00, not at midnight).
    // So does one after the end for a start printed with its minutes but no half day: "2.30-5.30
    // p.m.", "de 4.30 a 7.30 de la tarde"; unless that puts the start after the end ("10.30-1
    // p.m.", "11.30-12.30 p.m." start in the morning).
    const start = applyHalfDay(a, a.afternoon ?? (a.marked ? endsHalfDayOnly(a, b, g) : b.afternoon));
    let endTime = g.named2 !== undefined ? b.time : applyHalfDay(b, b.afternoon ?? a.afternoon);
    if (!start || !endTime) continue;
    // A range that ends at midnight ("9 p.m.–12 midnight", "18.00-00.00") ends the day, 24:00.
    if (endTime.hour === 0 && endTime.minute === 0 && minutes(start) > 0) endTime = { hour: 24, minute: 0 };
    const reversed = minutes(start) > minutes(endTime);
    found.push({
      span: { start: offset + m.index, end: offset + m.index + m[0].length },
      start: reversed ? endTime : start,
      end: reversed ? start : endTime,
      reversed,
    });
  }
  return found;
}

/** Part of a text to scan: matches that start in [from, to). */
export interface ScanRegion {
  from: number;
  to: number;
}

/**
 * Single clock times with something that marks them as times: "10 a.m.", "上午10时", "10 h 30",
 * "10:30", "at 10.00". With `region`, only times that start inside it (a scan over a whole text
 * meets every number).
 *
 * Minutes alone do not make a time: "10.00" and "10/15" are as often an amount, a paragraph or a
 * decision. What does: an hour or minute word ("10 h", "10.00 horas", "10 час. 00 мин."), "h"
 * between hour and minutes ("10h30", the French hour sign, not a separator), a half-day word, a
 * colon set close ("10:00": UN text writes no other number that way), or the language's "at"
 * word just before ("at 10.00", "a las 10.00", "الساعة ١٠/٠٠"). A bare hour ("at 10") stays
 * unread. A time read here is taken for the opening only next to a date (src/pipeline.ts).
 */
export function findClockTimes(text: string, locale: Locale, region: ScanRegion = { from: 0, to: text.length }): TimeMatch[] {
  const p = clockPatterns(locale);
  const found: TimeMatch[] = [];
  for (const m of matchesIn(p.single, text, region)) {
    if (!endsCleanly(text, m.index + m[0].length) || insideNumber(text, m.index)) continue;
    const g = m.groups!;
    const t = readTime(g, '1', p);
    if (!t) continue;
    const worded = g.hw1 !== undefined || g.hs1 !== undefined || g.mw1 !== undefined || g.ha1 !== undefined;
    const withMinutes = g.m1 !== undefined;
    const timeLike =
      worded ||
      t.afternoon !== null ||
      g.sep1?.trim().toLowerCase() === 'h' ||
      // Set close only: French spaces its colons as punctuation ("point 10 : 30 États").
      g.sep1 === ':' ||
      (withMinutes && afterAtWord(text, m.index, p));
    if (!timeLike) continue;
    const time = applyHalfDay(t, t.afternoon);
    if (time) found.push({ span: { start: m.index, end: m.index + m[0].length }, time });
  }
  return found;
}

const wordTimePatterns = perLocale((locale: Locale) => {
  const t = locale.time;
  const hours = Object.keys(t.hours);
  if (hours.length === 0 || t.hourWord.length === 0) return null;
  const part = (words: readonly string[]) => (words.length ? alternation(words, locale) : NONE);
  return {
    pattern: new RegExp(
      `${locale.arabicMorphology ? '[وفب]?' : ''}${alternation([...t.hourWord, ...(t.namedHourBefore ?? [])], locale)}\\s+(?<hour>${alternation(hours, locale)})` +
        `(?:\\s+(?<half>${part(t.halfPast)})|\\s+(?<quarter>${part(t.quarterPast)}))?` +
        `(?:\\s+(?<morning>${part(t.morning)})|\\s+(?<afternoon>${part(t.afternoon)}))?[\\u064B-\\u065F]*${WORD_END}`,
      locale.arabicMorphology ? 'gu' : 'giu',
    ),
    hour: foldedLookup(Object.entries(t.hours)),
  };
});

/** Times written in words, "الساعة العاشرة صباحاً" → 10:00; with `region`, those starting in it. */
export function findWordTimes(text: string, locale: Locale, region: ScanRegion = { from: 0, to: text.length }): TimeMatch[] {
  return wordTimeReader(text, locale)(region);
}

/**
 * Times written in words, read region by region; the reader takes regions in text order. A
 * search from a region runs on to the pattern's next match however far off it is: that match
 * is kept for the regions before it, so the text is searched about once, not once per region.
 */
export function wordTimeReader(text: string, locale: Locale): (region: ScanRegion) => TimeMatch[] {
  const p = wordTimePatterns(locale);
  if (!p) return () => [];
  const pattern = p.pattern;
  // The leftmost match at or after `searchedFrom`; null when there is none.
  let ahead: RegExpExecArray | null = null;
  let searchedFrom = Infinity;
  const search = (from: number) => {
    searchedFrom = from;
    pattern.lastIndex = from;
    return (ahead = pattern.exec(text));
  };
  return (region) => {
    const found: TimeMatch[] = [];
    const kept = searchedFrom <= region.from && (ahead === null || ahead.index >= region.from);
    let m = kept ? ahead : search(region.from);
    while (m && m.index < region.to) {
      // The word boundary is tested here: a leading lookbehind would run at every position.
      if (!isWordStart(text, m.index)) {
        m = search(m.index + 1);
        continue;
      }
      const g = m.groups!;
      let hour = p.hour(g.hour!);
      if (hour !== undefined) {
        if (g.afternoon !== undefined && hour < 12) hour += 12;
        const minute = g.half !== undefined ? 30 : g.quarter !== undefined ? 15 : 0;
        found.push({ span: { start: m.index, end: m.index + m[0].length }, time: { hour, minute } });
      }
      m = search(m.index + Math.max(m[0].length, 1));
    }
    return found;
  };
}
