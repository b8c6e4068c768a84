// Property tests: dates and date ranges written in each language's forms parse back to the
// same ISO values; random text never throws (see fuzz.test.ts for the whole pipeline).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDatesInLanguages, isoDate } from '../src/extract/dates.js';
import { LOCALES } from '../src/locales/index.js';
import type { Locale } from '../src/locales/types.js';
import { normalise } from '../src/normalise/normalise.js';
import type { Language } from '../src/schema.js';

interface Day {
  y: number;
  m: number;
  d: number;
}

const EASTERN = '٠١٢٣٤٥٦٧٨٩';
const arabicDigits = (n: number) => String(n).replace(/\d/g, (c) => EASTERN[Number(c)]!);
const ARABIC_WESTERN_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

function monthName(locale: Locale, m: number): string {
  if (locale.code === 'ar') return `${locale.months[m - 1]![0]}/${ARABIC_WESTERN_MONTHS[m - 1]}`;
  return locale.months[m - 1]![0]!;
}

/** How each language writes one day, and a range within one month or across two. */
const render: Record<Language, { single: (a: Day) => string; range: (a: Day, b: Day) => string }> = {
  en: {
    single: (a) => `${a.d} ${monthName(LOCALES.en!, a.m)} ${a.y}`,
    range: (a, b) =>
      a.m === b.m
        ? `${a.d}-${b.d} ${monthName(LOCALES.en!, a.m)} ${a.y}`
        : `${a.d} ${monthName(LOCALES.en!, a.m)}–${b.d} ${monthName(LOCALES.en!, b.m)} ${b.y}`,
  },
  fr: {
    single: (a) => `${a.d === 1 ? '1er' : a.d} ${monthName(LOCALES.fr!, a.m)} ${a.y}`,
    range: (a, b) =>
      a.m === b.m
        ? `du ${a.d} au ${b.d} ${monthName(LOCALES.fr!, a.m)} ${a.y}`
        : `du ${a.d} ${monthName(LOCALES.fr!, a.m)} au ${b.d} ${monthName(LOCALES.fr!, b.m)} ${b.y}`,
  },
  es: {
    single: (a) => `${a.d} de ${monthName(LOCALES.es!, a.m)} de ${a.y}`,
    range: (a, b) =>
      a.m === b.m
        ? `del ${a.d} al ${b.d} de ${monthName(LOCALES.es!, a.m)} de ${a.y}`
        : `del ${a.d} de ${monthName(LOCALES.es!, a.m)} al ${b.d} de ${monthName(LOCALES.es!, b.m)} de ${b.y}`,
  },
  ru: {
    single: (a) => `${a.d} ${monthName(LOCALES.ru!, a.m)} ${a.y} года`,
    range: (a, b) =>
      a.m === b.m
        ? `${a.d}–${b.d} ${monthName(LOCALES.ru!, a.m)} ${a.y} года`
        : `${a.d} ${monthName(LOCALES.ru!, a.m)} – ${b.d} ${monthName(LOCALES.ru!, b.m)} ${b.y} года`,
  },
  zh: {
    single: (a) => `${a.y}年${a.m}月${a.d}日`,
    range: (a, b) => (a.m === b.m ? `${a.y}年${a.m}月${a.d}日至${b.d}日` : `${a.y}年${a.m}月${a.d}日至${b.m}月${b.d}日`),
  },
  ar: {
    single: (a) => `${arabicDigits(a.d)} ${monthName(LOCALES.ar!, a.m)} ${arabicDigits(a.y)}`,
    range: (a, b) =>
      a.m === b.m
        ? `من ${arabicDigits(a.d)} إلى ${arabicDigits(b.d)} ${monthName(LOCALES.ar!, a.m)} ${arabicDigits(a.y)}`
        : `من ${arabicDigits(a.d)} ${monthName(LOCALES.ar!, a.m)} إلى ${arabicDigits(b.d)} ${monthName(LOCALES.ar!, b.m)} ${arabicDigits(b.y)}`,
  },
};

const day = fc
  .record({ y: fc.integer({ min: 1990, max: 2035 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map((a): Day => a);

/** A later day in the same year: same month or a later one. */
const range = fc
  .tuple(day, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 27 }))
  .filter(([a, months, extra]) => a.m + months <= 12 && (months > 0 || a.d + extra <= 28))
  .map(([a, months, extra]): [Day, Day] => [a, { y: a.y, m: a.m + months, d: months > 0 ? extra : a.d + extra }]);

const iso = (a: Day) => isoDate({ year: a.y, month: a.m, day: a.d });

function parse(language: Language, text: string) {
  const norm = normalise(`${text}.`);
  return extractDatesInLanguages(norm.text, [LOCALES[language]!]).map((d) => [isoDate(d.start), d.end && isoDate(d.end)]);
}

describe.each(Object.keys(render) as Language[])('dates in %s', (language) => {
  it('one day parses back to its ISO date', () => {
    fc.assert(
      fc.property(day, (a) => {
        expect(parse(language, render[language].single(a))).toEqual([[iso(a), null]]);
      }),
      { numRuns: 200 },
    );
  });

  it('a range parses back to its ISO start and end', () => {
    fc.assert(
      fc.property(range, ([a, b]) => {
        expect(parse(language, render[language].range(a, b))).toEqual([[iso(a), iso(b)]]);
      }),
      { numRuns: 200 },
    );
  });
});
