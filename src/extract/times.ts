// Times of day: numeric ("١٠/٠٠" → 10:00, "10.00", "10:30"), ranges in either order (bidi
// reordering prints "١٣/٠٠-١٠/٠٠" for 10:00–13:00), and times in words ("الساعة العاشرة صباحاً").
import type { NSpan } from '../context.js';
import { alternation, foldedLookup, matchesAtWordStart, perLocale, WORD_END } from '../locales/patterns.js';
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

const NUMERIC_TIME = '(\\d{1,2})\\s?[/:.h]\\s?(\\d{2})';
const TIME_RANGE = new RegExp(`(?<![\\d/.:])${NUMERIC_TIME}\\s*[-–—]\\s*${NUMERIC_TIME}(?![\\d/])`, 'g');

export function formatTime(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

function validTime(hour: number, minute: number): boolean {
  return hour <= 24 && minute <= 59;
}

function minutes(t: TimeOfDay): number {
  return t.hour * 60 + t.minute;
}

/** Numeric time ranges; a range whose end is before its start is read reversed. */
export function findTimeRanges(text: string, offset = 0): TimeRangeMatch[] {
  const found: TimeRangeMatch[] = [];
  for (const m of text.matchAll(TIME_RANGE)) {
    const a = { hour: Number(m[1]), minute: Number(m[2]) };
    const b = { hour: Number(m[3]), minute: Number(m[4]) };
    if (!validTime(a.hour, a.minute) || !validTime(b.hour, b.minute)) continue;
    const reversed = minutes(a) > minutes(b);
    found.push({
      span: { start: offset + m.index, end: offset + m.index + m[0].length },
      start: reversed ? b : a,
      end: reversed ? a : b,
      reversed,
    });
  }
  return found;
}

const wordTimePatterns = perLocale((locale: Locale) => {
  const t = locale.time;
  const hours = Object.keys(t.hours);
  if (hours.length === 0 || t.hourWord.length === 0) return null;
  const part = (words: readonly string[]) => (words.length ? alternation(words, locale) : '(?!)');
  return {
    pattern: new RegExp(
      `${locale.arabicMorphology ? '[وفب]?' : ''}${alternation(t.hourWord, locale)}\\s+(?<hour>${alternation(hours, locale)})` +
        `(?:\\s+(?<half>${part(t.halfPast)})|\\s+(?<quarter>${part(t.quarterPast)}))?` +
        `(?:\\s+(?<morning>${part(t.morning)})|\\s+(?<afternoon>${part(t.afternoon)}))?[\\u064B-\\u065F]*${WORD_END}`,
      locale.arabicMorphology ? 'gu' : 'giu',
    ),
    hour: foldedLookup(Object.entries(t.hours)),
  };
});

/** Times written in words, "الساعة العاشرة صباحاً" → 10:00. */
export function findWordTimes(text: string, locale: Locale): TimeMatch[] {
  const p = wordTimePatterns(locale);
  if (!p) return [];
  const found: TimeMatch[] = [];
  for (const m of matchesAtWordStart(p.pattern, text)) {
    const g = m.groups!;
    let hour = p.hour(g.hour!);
    if (hour === undefined) continue;
    if (g.afternoon !== undefined && hour < 12) hour += 12;
    const minute = g.half !== undefined ? 30 : g.quarter !== undefined ? 15 : 0;
    found.push({ span: { start: m.index, end: m.index + m[0].length }, time: { hour, minute } });
  }
  return found;
}

/** "10 a.m.", "3.30 p.m.": clock times with a morning or afternoon word. */
export function findClockTimes(text: string, locale: Locale): TimeMatch[] {
  const t = locale.time;
  if (t.morning.length === 0 && t.afternoon.length === 0) return [];
  const re = clockPattern(locale);
  const found: TimeMatch[] = [];
  for (const m of text.matchAll(re)) {
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if (!validTime(hour, minute) || hour > 12) continue;
    const afternoon = m.groups!.afternoon !== undefined;
    if (afternoon && hour < 12) hour += 12;
    if (!afternoon && hour === 12) hour = 0;
    found.push({ span: { start: m.index, end: m.index + m[0].length }, time: { hour, minute } });
  }
  return found;
}

const clockPattern = perLocale(
  (locale: Locale) =>
    new RegExp(
      `(?<![\\d.:])(\\d{1,2})(?:[.:](\\d{2}))?\\s?(?:(?<morning>${alternation(locale.time.morning, locale)})|(?<afternoon>${alternation(locale.time.afternoon, locale)}))(?![\\p{L}])`,
      'giu',
    ),
);
