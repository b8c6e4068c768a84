// Calendar dates and date ranges, built from the language tables. Day-month-year:
// "10 December 2009", "27-29 January 2010", "يوم الأربعاء ٢٧ كانون الثاني/يناير ٢٠١٠",
// "من ٨ إلى ١٧ تشرين الأول/أكتوبر ٢٠٠٨", "del 8 al 17 de octubre de 2008", "1er février",
// "8–17 октября 2008 года"; year-month-day: "2010年1月27日", "2008年10月8日至17日".
// What was printed and what was implied stay apart: a date without a year has `year: null`
// here and takes the meeting's year later (`inferred: ["year"]`).
import { compiledAtOnce, type NSpan } from '../context.js';
import { alternation, foldedLookup, LETTER, MARK, perLocale, WORD_END, WORD_START } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';

export interface CalendarDay {
  year: number | null;
  month: number;
  day: number;
}

export interface DateMatch {
  span: NSpan;
  start: CalendarDay;
  end: CalendarDay | null;
  /** 0 = Sunday, when a weekday was printed with the (first) day. */
  weekday: number | null;
  weekdaySpan: NSpan | null;
  /** A range within one month printed end first ("١٧-٩ آذار/مارس", as bidi reordering leaves it), put back in order. */
  reversed?: boolean;
  /**
   * The last date of the series this date opens: "28 April–30 May and 30 June–1 August 2025",
   * a session held in parts (set on the first date of such a series only).
   */
  seriesLast?: DateMatch;
}

interface DatePatterns {
  /** The core, anchored on the first number: V8 skips ahead to digits quickly. */
  date: RegExp;
  /** What may stand before the day: "يوم الأربعاء، من", "on Wednesday,", "from". Anchored at the end. */
  prefix: RegExp | null;
  /** The same without range words, for a single day. */
  singlePrefix: RegExp | null;
  ymd: boolean;
  month: (text: string) => number | undefined;
  weekday: (text: string) => number | undefined;
}

/** How far back a prefix ("يوم الأربعاء، من") may reach from the day number. */
const PREFIX_WINDOW = 48;

const optional = (words: readonly string[] | undefined, locale: Locale, around: (alt: string) => string): string =>
  words && words.length ? around(alternation(words, locale)) : '';

const datePatterns = perLocale((locale: Locale): DatePatterns => {
  const words = locale.dates;
  const weekdays = alternation(locale.weekdays.flat(), locale);
  const flags = locale.arabicMorphology ? 'u' : 'iu';
  const monthEntries = locale.months.flatMap((variants, i) => variants.map((v) => [v, i + 1] as const));
  const weekdayEntries = locale.weekdays.flatMap((variants, i) => variants.map((v) => [v, i] as const));
  const lookups = { month: foldedLookup(monthEntries), weekday: foldedLookup(weekdayEntries) };
  const rangeTo = alternation([...locale.rangeTo, ...locale.pairAnd], locale);
  // No two adjacent quantifiers may match the same white space: "(?:\\s*,)?\\s*", never
  // "\\s*,?\\s*", which backtracks quadratically on a long run of spaces.
  if (words?.order === 'ymd') {
    const [y, m, d] = (words.ymdMarkers ?? ['年', '月', '日']).map((w) => alternation([w], locale));
    // The first day's 日 may be left out before a range ("9月22-26日"); readYmd then needs the range.
    const core =
      `(?:(?<year>\\d{4})\\s*${y}\\s*)?(?<month>\\d{1,2})\\s*${m}\\s*(?<d1>\\d{1,2})\\s*(?<d1mark>${d})?` +
      `(?:\\s*(?:[-–—~－、]|${rangeTo})\\s*(?:(?<y2>\\d{4})\\s*${y}\\s*)?(?:(?<m2>\\d{1,2})\\s*${m}\\s*)?(?<d2>\\d{1,2})\\s*${d})?` +
      `(?:\\s*[（(,，、]?\\s*(?<weekdayAfter>${weekdays})(?:\\s*[)）])?)?`;
    return { date: new RegExp(core, flags + 'g'), prefix: null, singlePrefix: null, ymd: true, ...lookups };
  }
  const months = alternation(locale.months.flat(), locale);
  // "كانون الثاني/يناير": the name after the slash is read in code (monthOf); spelling the table
  // out twice would double the pattern, and V8 compiles every character of it at start-up.
  // PDF extraction may split the name after the slash ("تموز/يول يه ٢٠٢٦"): a fragment of one to
  // three letters is joined to it only where the year follows, so that a short word after the
  // month ("و" before the next day) is never taken for part of it.
  const monthPair = `${months}(?:\\s*/\\s*[${LETTER}${MARK}]+(?:[^\\S\\n][${LETTER}${MARK}]{1,3}(?=[^\\S\\n]*\\d{4}(?!\\d)))?)?`;
  // "1er", and "1 er" as PDF extraction splits it.
  const ordinal = optional(words?.ordinalSuffixes, locale, (alt) => `(?: ?${alt}(?![${LETTER}]))?`);
  const joiner = optional(words?.joiners, locale, (alt) => `(?:\\s+${alt})?`);
  const yearSuffix = optional(words?.yearSuffixes, locale, (alt) => `(?:\\s*${alt})?`);
  const weekday = (name: string) => `(?<${name}>${weekdays})(?:\\s*[,،])?`;
  // From the day number on, every way forward leads over white space to a dash or a word (a
  // month, "to", "de"). Testing the first character of those first rules out most of a text's
  // numbers (symbols, paragraph numbers, times) before the month alternation is tried at each.
  const afterDay = [...locale.months.flat(), ...locale.rangeTo, ...locale.pairAnd, ...(words?.joiners ?? [])];
  const guard = `(?=\\s*(?:[-–—]|${alternation([...new Set(afterDay.map((w) => [...w][0]!))], locale)}))`;
  const dayPrefix = alternation(locale.dayPrefix, locale);
  // "from Monday, 2 February, to Wednesday, 4 February", "с понедельника, 5 октября, по среду, 7
  // октября": a comma closes the first day's clause before the range word ("and" excluded: "14
  // March, and 16 March" is two dates). Only reachable after a month, which the guard lets by.
  const commaTo = locale.rangeTo.length ? `|\\s*,\\s+${alternation(locale.rangeTo, locale)}\\s*` : '';
  const core =
    `(?<d1>\\d{1,2})${ordinal}${guard}` +
    `(?:${joiner}\\s*(?<m1>${monthPair})(?:(?:\\s*,)?${joiner}\\s*(?<y1>\\d{4})${yearSuffix})?)?` +
    `(?:(?:\\s*[-–—]\\s*|\\s+${rangeTo}\\s*${commaTo})(?:${dayPrefix}\\s+)?(?:${weekday('weekday2')}\\s*)?(?<d2>\\d{1,2})${ordinal})?` +
    `${joiner}\\s*(?<month>${monthPair})(?![${LETTER}${MARK}])` +
    `(?:(?:\\s*,)?${joiner}\\s*(?<year>\\d{4})(?!\\d)${yearSuffix})?`;
  const single = `${WORD_START}(?:${dayPrefix}\\s+)?(?:${weekday('weekday')}\\s*)?`;
  // The range word stands after the weekday ("on Wednesday, from 8") or before it: "du lundi 8 au
  // jeudi 18 juin", "del lunes 5 al miércoles 7", "from Monday, 2 February, to …".
  const from = alternation([...locale.rangeFrom, ...locale.pairPrefix], locale);
  const prefix = `${WORD_START}(?:${from}\\s+(?=(?:${dayPrefix}\\s+)?${weekdays}))?(?:${dayPrefix}\\s+)?(?:${weekday('weekday')}\\s*)?(?:${from}\\s+)?$`;
  // The prefixes run on the few characters before each date, the core on a short text or the
  // first date of a pair: compiled to machine code at once.
  return {
    date: compiledAtOnce(new RegExp(core, flags + 'g'), locale.code),
    prefix: compiledAtOnce(new RegExp(prefix, flags), locale.code),
    singlePrefix: compiledAtOnce(new RegExp(`${single}$`, flags), locale.code),
    ymd: false,
    ...lookups,
  };
});

/** A day number inside a longer number, a time or a symbol ("2010/15", "10.00") is no date. */
function insideNumber(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  return (before >= 0x30 && before <= 0x39) || before === 0x2f || before === 0x3a || before === 0x2e;
}

/** The month of "كانون الثاني/يناير": both halves name the same month; the first decides. */
function monthOf(p: DatePatterns, text: string): number | undefined {
  const slash = text.indexOf('/');
  const first = slash < 0 ? text : text.slice(0, slash);
  return p.month(first.trim()) ?? p.month(text.trim());
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isValidDay(day: CalendarDay): boolean {
  if (day.month < 1 || day.month > 12 || day.day < 1) return false;
  // 29 February stays possible until the year is known.
  if (day.month === 2 && day.day === 29) return day.year === null || isLeap(day.year);
  return day.day <= DAYS_IN_MONTH[day.month - 1]!;
}

export function isoDate(day: CalendarDay): string | null {
  if (day.year === null) return null;
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

export function weekdayOf(day: CalendarDay): number | null {
  if (day.year === null) return null;
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** How far apart two dates of one series may stand: ", ", " and ", ", and " with some spacing. */
const SERIES_GAP = 16;

/**
 * The words of a series of dates between one date and the next ("28 April–30 May and 30 June–1
 * August 2025", "from 20 January to 28 March, from 12 May to 27 June and from …"): a comma or
 * semicolon, "and", or both. The range word "from" belongs to the next date's span already.
 * Tested on a gap no longer than SERIES_GAP, so its adjacent white-space runs cost nothing.
 */
const seriesGap = perLocale((locale: Locale) => {
  const and = locale.pairAnd.length ? `(?:${alternation(locale.pairAnd, locale)})?` : '';
  return new RegExp(`^\\s*[,;،，、]?\\s*${and}\\s*$`, locale.arabicMorphology ? 'u' : 'iu');
});

/**
 * "of each year" after a day and month, "每年" before: a day that recurs every year
 * ("في 1 كانون الثاني/يناير من كل عام"), which names no calendar date. Anchored at the date's
 * end (after) and at the end of the few characters before it (before).
 */
const eachYearPatterns = perLocale((locale: Locale) => {
  const words = locale.dates?.eachYear;
  if (!words?.length) return null;
  const flags = locale.arabicMorphology ? 'u' : 'iu';
  const alt = alternation(words, locale);
  return {
    after: new RegExp(`^[^\\S\\n]{0,3}[,،，]?[^\\S\\n]{0,3}${alt}${WORD_END}`, flags),
    // Chinese writes the word onto what precedes it ("于每年1月1日").
    before: new RegExp(`${locale.spaceless ? '' : WORD_START}${alt}[^\\S\\n]{0,3}[,،，]?[^\\S\\n]{0,3}$`, flags),
    afterStart: edgeLetterPattern(words.map((w) => [...w.trimStart()][0] ?? ''), locale, flags),
    beforeEnd: edgeLetterPattern(words.map((w) => [...w.trimEnd()].at(-1) ?? ''), locale, flags),
  };
});

/**
 * The first or last characters of the phrases, as a class with the phrases' flags (it folds case
 * as they do); null for Arabic, whose patterns widen letters and let marks follow a word.
 */
function edgeLetterPattern(letters: readonly string[], locale: Locale, flags: string): RegExp | null {
  if (locale.arabicMorphology) return null;
  if (letters.some((c) => c.length !== 1)) return null; // an empty phrase, or a letter beyond the BMP
  return new RegExp(`[${letters.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, flags);
}

/**
 * False when "each year" cannot start the text after a date (at `start`): past the spaces and
 * comma that `after` allows there (more are skipped here, which only lets more through), the
 * next character starts none of the phrases. Most dates without a year are followed by a
 * range word, a bracket or a full stop; the pattern is not run for those.
 */
function mayStartEachYear(text: string, start: number, to: number, afterStart: RegExp | null): boolean {
  if (afterStart === null) return true;
  let at = start;
  while (at < to && LINE_SPACE.test(text[at]!)) at++;
  if (at < to && YEAR_COMMAS.includes(text[at]!)) at++;
  while (at < to && LINE_SPACE.test(text[at]!)) at++;
  return at < to && afterStart.test(text[at]!);
}

/** Space within a line, as `[^\S\n]` has it. */
const LINE_SPACE = /[^\S\n]/;
const YEAR_COMMAS = ',،，';

/**
 * False when "each year" cannot end the text before a date (at `end`): the character before the
 * date, past the spaces and comma that `before` allows there (more are skipped here, which only
 * lets more through), ends none of the phrases. `before`, anchored at the end of its window and
 * headed by a lookbehind over the Unicode letter classes, is otherwise tried at each position of
 * the window for every date without a year, and nearly always finds nothing.
 */
function mayEndEachYear(text: string, from: number, end: number, beforeEnd: RegExp | null): boolean {
  if (beforeEnd === null) return true;
  let at = end - 1;
  while (at >= from && LINE_SPACE.test(text[at]!)) at--;
  if (at >= from && YEAR_COMMAS.includes(text[at]!)) at--;
  while (at >= from && LINE_SPACE.test(text[at]!)) at--;
  return at >= from && beforeEnd.test(text[at]!);
}

/** How far "each year" may stand from the date: the longest table phrase with spacing. */
const EACH_YEAR_WINDOW = 32;

function recursEachYear(text: string, date: DateMatch, locale: Locale): boolean {
  const p = eachYearPatterns(locale);
  if (!p || date.start.year !== null) return false;
  const windowStart = Math.max(0, date.span.start - EACH_YEAR_WINDOW);
  return (
    (mayStartEachYear(text, date.span.end, Math.min(text.length, date.span.end + EACH_YEAR_WINDOW), p.afterStart) &&
      p.after.test(text.slice(date.span.end, date.span.end + EACH_YEAR_WINDOW))) ||
    (mayEndEachYear(text, windowStart, date.span.start, p.beforeEnd) && p.before.test(text.slice(windowStart, date.span.start)))
  );
}

/**
 * A series of dates printed with one year: "28 April–30 May and 30 June–1 August 2025" (the last
 * date's year is the earlier ones' too), "2025年4月28日至5月30日和6月30日至8月1日" (the first
 * date's year is the later ones', in year-first languages). The year is printed for the whole
 * expression, as in "27 January–5 February 2010", so it is not inferred. A month later than the
 * next date's is the year before ("1-5 December and 10-12 January 2026"), and the year after in
 * year-first order. The first date of the series is told the series' last date.
 */
function readSeries(text: string, dates: DateMatch[], locale: Locale, ymd: boolean): void {
  const gapPattern = seriesGap(locale);
  const joined = (a: DateMatch, b: DateMatch) => {
    const gap = b.span.start - a.span.end;
    if (gap < 0 || gap > SERIES_GAP) return false;
    const between = text.slice(a.span.end, b.span.start);
    // A line break with nothing else parts two headings or lines, not the dates of one expression
    // (a comma or "and" before or after it continues one).
    const newline = between.indexOf('\n');
    if (newline >= 0 && (newline !== between.lastIndexOf('\n') || between.trim() === '')) return false;
    return gapPattern.test(between);
  };
  let seriesStart = 0;
  for (let i = 1; i <= dates.length; i++) {
    if (i < dates.length && joined(dates[i - 1]!, dates[i]!)) continue;
    // dates[seriesStart, i) is one series.
    if (i - seriesStart >= 2) {
      const series = dates.slice(seriesStart, i);
      const dated = ymd ? series[0]! : series[series.length - 1]!;
      // Only a series whose year is printed once, at the end (or at the start): the others lack it.
      const yearless = series.filter((d) => d !== dated);
      if (dated.start.year !== null && yearless.every((d) => d.start.year === null && (!d.end || d.end.year === null))) {
        // Walk away from the dated end: backwards in day-month-year order, forwards in year-first.
        let next = ymd ? (dated.end ?? dated.start) : dated.start;
        let year = next.year!;
        for (const d of ymd ? yearless : [...yearless].reverse()) {
          if (ymd) {
            if (d.start.month < next.month) year++;
            d.start = { ...d.start, year };
            if (d.end) d.end = { ...d.end, year: d.end.month < d.start.month ? ++year : year };
            next = d.end ?? d.start;
          } else {
            if ((d.end ?? d.start).month > next.month) year--;
            if (d.end) d.end = { ...d.end, year };
            if (d.end && d.start.month > d.end.month) year--;
            d.start = { ...d.start, year };
            next = d.start;
          }
        }
        series[0]!.seriesLast = series[series.length - 1]!;
      }
    }
    seriesStart = i;
  }
}

/**
 * "and" before a day ("y el 15", "et le 15", "and on 15"): after a date with its month, it starts
 * another date, not the range's end. Tested on a window after the first date as long as the
 * language's longest "and", its longest day word, a digit and a few spaces around them: long
 * enough for "and on 15", short enough not to read the text beyond.
 */
const andBeforeDay = perLocale((locale: Locale) => {
  if (!locale.pairAnd.length) return null;
  const article = locale.dayPrefix.length ? `(?:(?:${alternation(locale.dayPrefix, locale)})\\s+)?` : '';
  const longest = (words: readonly string[]) => Math.max(0, ...words.map((w) => w.length));
  return {
    pattern: new RegExp(`^\\s*(?:${alternation(locale.pairAnd, locale)})\\s*${article}\\d`, locale.arabicMorphology ? 'u' : 'iu'),
    window: longest(locale.pairAnd) + longest(locale.dayPrefix) + AND_SPACING + 1,
  };
});

/** White space allowed around "and" and the day word: three runs of up to three characters. */
const AND_SPACING = 9;

export function extractDates(text: string, locale: Locale): DateMatch[] {
  const p = datePatterns(locale);
  const and = andBeforeDay(locale);
  const found: DateMatch[] = [];
  const pattern = p.date;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (insideNumber(text, match.index)) continue;
    const resume = pattern.lastIndex;
    const y1 = p.ymd ? undefined : match.groups!.y1;
    const m1 = p.ymd ? undefined : match.groups!.m1;
    // "٥ يونيه ٢٠٢٤ و ١٢ يوليه ٢٠٢٤": two dates, each with its year, not a five-week range; and
    // "14 July and 15 August 2026", each with its month: two dates of one series (the year is
    // given to the first by readSeries), not a month-long range. "14 and 15 April" stays a pair.
    const firstPart = y1 ?? m1;
    const firstEnd = firstPart === undefined ? -1 : match.index + match[0].indexOf(firstPart, match.groups!.d1!.length) + firstPart.length;
    if (firstEnd > 0 && and?.pattern.test(text.slice(firstEnd, firstEnd + and.window))) {
      pattern.lastIndex = match.index;
      const first = pattern.exec(text.slice(0, firstEnd));
      const date = first ? readDmy(p, text, first) : null;
      if (date) found.push(date);
      pattern.lastIndex = firstEnd;
      continue;
    }
    const date = p.ymd ? readYmd(p, match) : readDmy(p, text, match);
    if (date) found.push(date);
    pattern.lastIndex = resume;
  }
  readSeries(text, found, locale, p.ymd);
  return found.filter((date) => !recursEachYear(text, date, locale));
}

function validRange(start: CalendarDay, end: CalendarDay | null): boolean {
  return isValidDay(start) && (!end || (isValidDay(end) && compareDays(start, end) < 0));
}

function readDmy(p: DatePatterns, text: string, match: RegExpExecArray | RegExpMatchArray): DateMatch | null {
  const g = match.groups!;
  const index = match.index!;
  const month = monthOf(p, g.month!);
  if (month === undefined) return null;
  const year = g.year ? Number(g.year) : null;
  const firstMonth = g.m1 ? monthOf(p, g.m1) : month;
  if (firstMonth === undefined) return null;
  const firstYear = g.y1 ? Number(g.y1) : g.m1 && firstMonth > month && year !== null ? year - 1 : year;
  let firstDay = Number(g.d1);
  let lastDay = g.d2 ? Number(g.d2) : null;
  // "فيينا، ١٧-٩ آذار/مارس": a range within one month whose days run backwards was printed end
  // first by bidi reordering (as time ranges are); read it in order and say so.
  const reversed = lastDay !== null && !g.m1 && firstDay > lastDay;
  if (reversed) [firstDay, lastDay] = [lastDay!, firstDay];
  const start: CalendarDay = { year: firstYear, month: firstMonth, day: firstDay };
  const end: CalendarDay | null = lastDay !== null ? { year, month, day: lastDay } : null;
  // "27 January–5 February" needs its range; without d2, m1 would be the month itself.
  if ((g.m1 && !end) || !validRange(start, end)) return null;
  // Words before the day that belong to the expression: "يوم الأربعاء ٢٧", "from 8".
  const windowStart = Math.max(0, index - PREFIX_WINDOW);
  // "from" and "on the days" belong to a range only: "résolution 58/4 du 31 octobre 2003".
  const prefix = (end ? p.prefix! : p.singlePrefix!).exec(text.slice(windowStart, index));
  const spanStart = prefix && prefix[0].length > 0 ? windowStart + prefix.index : index;
  // A weekday before a reversed range may name either end: it is not checked.
  const weekdayText = reversed ? undefined : prefix?.groups?.weekday;
  const weekdayAt = weekdayText ? windowStart + prefix!.index + prefix![0].indexOf(weekdayText) : 0;
  const date = dateMatch(p, { start: spanStart, end: index + match[0].length }, start, end, weekdayText, weekdayAt);
  return reversed ? { ...date, reversed } : date;
}

/** The match with its printed weekday (text and offset), when there is one. */
function dateMatch(
  p: DatePatterns,
  span: NSpan,
  start: CalendarDay,
  end: CalendarDay | null,
  weekdayText: string | undefined,
  weekdayAt: number,
): DateMatch {
  return {
    span,
    start,
    end,
    weekday: weekdayText ? (p.weekday(weekdayText) ?? null) : null,
    weekdaySpan: weekdayText ? { start: weekdayAt, end: weekdayAt + weekdayText.length } : null,
  };
}

function readYmd(p: DatePatterns, match: RegExpExecArray | RegExpMatchArray): DateMatch | null {
  const g = match.groups!;
  const index = match.index!;
  if (g.d1mark === undefined && g.d2 === undefined) return null; // "9月22" is no date
  const year = g.year ? Number(g.year) : null;
  const start: CalendarDay = { year, month: Number(g.month), day: Number(g.d1) };
  const end: CalendarDay | null = g.d2
    ? { year: g.y2 ? Number(g.y2) : year, month: g.m2 ? Number(g.m2) : start.month, day: Number(g.d2) }
    : null;
  if (!validRange(start, end)) return null;
  const weekdayText = g.weekdayAfter;
  const weekdayAt = weekdayText ? index + match[0].lastIndexOf(weekdayText) : 0;
  return dateMatch(p, { start: index, end: index + match[0].length }, start, end, weekdayText, weekdayAt);
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return (a.year ?? 0) - (b.year ?? 0) || a.month - b.month || a.day - b.day;
}

/** Dates of several tables over one text, earliest start first, overlaps dropped. */
export function extractDatesInLanguages(text: string, locales: readonly Locale[]): DateMatch[] {
  const all = locales.flatMap((locale) => extractDates(text, locale));
  all.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: DateMatch[] = [];
  for (const date of all) {
    const last = kept[kept.length - 1];
    if (last && date.span.start < last.span.end) continue;
    kept.push(date);
  }
  return kept;
}

/** The index of the first of the dates (in text order) that starts at or after `from`: a binary search. */
export function firstDateFrom(dates: readonly DateMatch[], from: number): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]!.span.start < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The first date that lies wholly inside a span. Dates are in text order and do not overlap, as
 * extractDatesInLanguages returns them: found by a binary search, since a header without a title
 * is the whole text read a line at a time.
 */
export function firstDateWithin(dates: readonly DateMatch[], span: NSpan): DateMatch | undefined {
  for (let i = firstDateFrom(dates, span.start); i < dates.length && dates[i]!.span.start < span.end; i++) {
    if (dates[i]!.span.end <= span.end) return dates[i];
  }
  return undefined;
}

export function addDays(day: CalendarDay, count: number): CalendarDay {
  const date = new Date(Date.UTC(day.year ?? 2000, day.month - 1, day.day + count));
  return { year: day.year === null ? null : date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
