// Calendar dates and date ranges, day-month-year order, built from the language tables:
// "10 December 2009", "27-29 January 2010", "يوم الأربعاء ٢٧ كانون الثاني/يناير ٢٠١٠",
// "من ٨ إلى ١٧ تشرين الأول/أكتوبر ٢٠٠٨", "يومي ١٤ و ١٥ نيسان/أبريل ٢٠٠٩".
// What was printed and what was implied stay apart: a date without a year has `year: null`
// here and takes the meeting's year later (`inferred: ["year"]`).
import type { NSpan } from '../context.js';
import { alternation, foldedLookup, perLocale, WORD_START } from '../locales/patterns.js';
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
}

interface DatePatterns {
  /** The core, anchored on the first day number: V8 skips ahead to digits quickly. */
  date: RegExp;
  /** What may stand before the day: "يوم الأربعاء، من", "on Wednesday,", "from". Anchored at the end. */
  prefix: RegExp;
  month: (text: string) => number | undefined;
  weekday: (text: string) => number | undefined;
}

/** How far back a prefix ("يوم الأربعاء، من") may reach from the day number. */
const PREFIX_WINDOW = 48;

const datePatterns = perLocale((locale: Locale): DatePatterns => {
  const months = alternation(locale.months.flat(), locale);
  const monthPair = `${months}(?:\\s*/\\s*${months})?`;
  const weekdays = alternation(locale.weekdays.flat(), locale);
  const ordinal = locale.arabicMorphology ? '' : '(?:st|nd|rd|th|er)?';
  const weekday = (name: string) => `(?<${name}>${weekdays})(?:\\s*[,،])?`;
  const flags = locale.arabicMorphology ? 'u' : 'iu';
  // No two adjacent quantifiers may match the same white space: "(?:\\s*,)?\\s*", never
  // "\\s*,?\\s*", which backtracks quadratically on a long run of spaces.
  const core =
    `(?<d1>\\d{1,2})${ordinal}` +
    `(?:\\s*(?<m1>${monthPair})(?:(?:\\s*,)?\\s*(?<y1>\\d{4}))?)?` +
    `(?:(?:\\s*[-–—]\\s*|\\s+${alternation([...locale.rangeTo, ...locale.pairAnd], locale)}\\s*)(?:${weekday('weekday2')}\\s*)?(?<d2>\\d{1,2})${ordinal})?` +
    `\\s*(?<month>${monthPair})(?![\\p{L}\\p{M}])` +
    `(?:(?:\\s*,)?\\s*(?<year>\\d{4})(?!\\d))?`;
  const prefix =
    `${WORD_START}(?:${alternation(locale.dayPrefix, locale)}\\s+)?` +
    `(?:${weekday('weekday')}\\s*)?` +
    `(?:${alternation([...locale.rangeFrom, ...locale.pairPrefix], locale)}\\s+)?$`;
  const monthEntries = locale.months.flatMap((variants, i) => variants.map((v) => [v, i + 1] as const));
  const weekdayEntries = locale.weekdays.flatMap((variants, i) => variants.map((v) => [v, i] as const));
  return {
    date: new RegExp(core, flags + 'g'),
    prefix: new RegExp(prefix, flags),
    month: foldedLookup(monthEntries),
    weekday: foldedLookup(weekdayEntries),
  };
});

/** A day number inside a longer number, a time or a symbol ("2010/15", "10.00") is no date. */
function insideNumber(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  return (before >= 0x30 && before <= 0x39) || before === 0x2f || before === 0x3a || before === 0x2e;
}

/** The month of "كانون الثاني/يناير": both halves name the same month; the first decides. */
function monthOf(p: DatePatterns, text: string): number | undefined {
  const first = text.split('/')[0]!.trim();
  return p.month(first) ?? p.month(text.trim());
}

export function isValidDay(day: CalendarDay): boolean {
  if (day.month < 1 || day.month > 12 || day.day < 1) return false;
  const year = day.year ?? 2000; // a leap year: 29 February stays possible until the year is known
  return day.day <= new Date(Date.UTC(year, day.month, 0)).getUTCDate();
}

export function isoDate(day: CalendarDay): string | null {
  if (day.year === null) return null;
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

export function weekdayOf(day: CalendarDay): number | null {
  if (day.year === null) return null;
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function extractDates(text: string, locale: Locale): DateMatch[] {
  const p = datePatterns(locale);
  const found: DateMatch[] = [];
  for (const match of text.matchAll(p.date)) {
    if (insideNumber(text, match.index)) continue;
    const g = match.groups!;
    const month = monthOf(p, g.month!);
    if (month === undefined) continue;
    const year = g.year ? Number(g.year) : null;
    const firstMonth = g.m1 ? monthOf(p, g.m1) : month;
    if (firstMonth === undefined) continue;
    const firstYear = g.y1 ? Number(g.y1) : g.m1 && firstMonth > month && year !== null ? year - 1 : year;
    const start: CalendarDay = { year: firstYear, month: firstMonth, day: Number(g.d1) };
    const end: CalendarDay | null = g.d2 ? { year, month, day: Number(g.d2) } : null;
    if (!isValidDay(start) || (end && !isValidDay(end))) continue;
    if (end && compareDays(start, end) >= 0) continue;
    // "27 January–5 February" without a range word would be two dates; without d2, m1 is the month.
    if (g.m1 && !end) continue;
    // Words before the day that belong to the expression: "يوم الأربعاء ٢٧", "from 8".
    const windowStart = Math.max(0, match.index - PREFIX_WINDOW);
    const prefix = p.prefix.exec(text.slice(windowStart, match.index));
    const start0 = prefix && prefix[0].length > 0 ? windowStart + prefix.index : match.index;
    const weekdayText = prefix?.groups?.weekday;
    let weekdaySpan: NSpan | null = null;
    if (weekdayText) {
      const at = windowStart + prefix!.index + prefix![0].indexOf(weekdayText);
      weekdaySpan = { start: at, end: at + weekdayText.length };
    }
    found.push({
      span: { start: start0, end: match.index + match[0].length },
      start,
      end,
      weekday: weekdayText ? (p.weekday(weekdayText) ?? null) : null,
      weekdaySpan,
    });
  }
  return found;
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

export function addDays(day: CalendarDay, count: number): CalendarDay {
  const date = new Date(Date.UTC(day.year ?? 2000, day.month - 1, day.day + count));
  return { year: day.year === null ? null : date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
