import { describe, expect, it } from 'vitest';
import { extractDates, extractDatesInLanguages, isoDate } from '../../src/extract/dates.js';
import { parseAgenda } from '../../src/index.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { zh } from '../../src/locales/zh.js';
import { normalise } from '../../src/normalise/normalise.js';
import type { Language } from '../../src/schema.js';
import { datesOf } from '../helpers.js';

function dates(text: string) {
  const norm = normalise(text);
  return extractDatesInLanguages(norm.text, [ar, en]).map((d) => ({
    text: norm.display.slice(d.span.start, d.span.end),
    start: isoDate(d.start) ?? `????-${d.start.month}-${d.start.day}`,
    end: d.end ? isoDate(d.end) : null,
    weekday: d.weekday,
  }));
}

describe('dates', () => {
  it.each([
    ['10 December 2009', '10 December 2009', '2009-12-10', null],
    ['فيينا، ٢٧ كانون الثاني/يناير ٢٠١٠', '٢٧ كانون الثاني/يناير ٢٠١٠', '2010-01-27', null],
    ['في دورته الرابعة، من ٨ إلى ١٧ تشرين الأول/أكتوبر ٢٠٠٨.', 'من ٨ إلى ١٧ تشرين الأول/أكتوبر ٢٠٠٨', '2008-10-08', '2008-10-17'],
    ['في فيينا يومي ١٤ و ١٥ نيسان/أبريل ٢٠٠٩.', 'يومي ١٤ و ١٥ نيسان/أبريل ٢٠٠٩', '2009-04-14', '2009-04-15'],
    ['يومي ١٤ و١٥ نيسان ٢٠٠٩', 'يومي ١٤ و١٥ نيسان ٢٠٠٩', '2009-04-14', '2009-04-15'],
    ['27-29 January 2010', '27-29 January 2010', '2010-01-27', '2010-01-29'],
    ['27 January–5 February 2010', '27 January–5 February 2010', '2010-01-27', '2010-02-05'],
    ['٣ أيلول ۲۰۱۰', '٣ أيلول ۲۰۱۰', '2010-09-03', null],
    ['١ جانفي 2011', '١ جانفي 2011', '2011-01-01', null],
    ['5 كانون ثاني 2011', '5 كانون ثاني 2011', '2011-01-05', null],
  ])('%s', (input, text, start, end) => {
    expect(dates(input)).toEqual([{ text, start, end, weekday: null }]);
  });

  it('keeps a leading يوم and the weekday in the expression', () => {
    expect(dates('اجتماعه في الساعة العاشرة صباحاً يوم الأربعاء ٢٧ كانون الثاني/يناير ٢٠١٠.')).toEqual([
      { text: 'يوم الأربعاء ٢٧ كانون الثاني/يناير ٢٠١٠', start: '2010-01-27', end: null, weekday: 3 },
    ]);
  });

  it('leaves the year of a timetable heading unknown', () => {
    expect(dates('\t\tالأربعاء، ٢٧ كانون الثاني/يناير')).toEqual([
      { text: 'الأربعاء، ٢٧ كانون الثاني/يناير', start: '????-1-27', end: null, weekday: 3 },
    ]);
  });

  it.each(['في عام ٢٠١٢', '31 February 2010', '14/15', 'CTOC/COP/WG.4/2010/1', '10.00 January', 'A/64/13 May'])(
    'no date in %s',
    (input) => {
      expect(dates(input)).toEqual([]);
    },
  );
});

describe('date ranges printed end first', () => {
  it('reads an Arabic range within one month whose days run backwards in order, and says so', () => {
    const document = parseAgenda('فيينا، ١٧-٩ آذار/مارس ٢٠١٥\n\nجدول الأعمال المؤقت\n\n١- افتتاح الدورة.\n', { lang: 'ar' });
    expect([document.meeting.venue, document.meeting.startDate, document.meeting.endDate]).toEqual(['فيينا', '2015-03-09', '2015-03-17']);
    expect(document.diagnostics.map((d) => d.code)).toContain('DATE_RANGE_REVERSED');
  });

  it('leaves ranges across months alone', () => {
    const [date] = extractDates('30 January-2 February 2015', en);
    expect(date && [isoDate(date.start), date.end && isoDate(date.end), date.reversed]).toEqual(['2015-01-30', '2015-02-02', undefined]);
  });
});

describe('the UN Arabic spellings of June and July', () => {
  it.each([
    ['٥ يونيه ٢٠٢٤', '2024-06-05'],
    ['١٢ يوليه ٢٠٢٤', '2024-07-12'],
  ])('%s', (text, iso) => {
    expect(dates(text).map((d) => d.start)).toEqual([iso]);
  });
});

describe('Chinese day ranges', () => {
  it.each([
    ['2025年9月22-26日，罗马', ['2025-09-22', '2025-09-26']],
    ['2025年9月22日－26日', ['2025-09-22', '2025-09-26']],
    ['2024年12月2日、3日', ['2024-12-02', '2024-12-03']],
    ['2025年9月22日至26日', ['2025-09-22', '2025-09-26']],
  ])('%s', (text, [start, end]) => {
    const [date] = extractDates(normalise(text).text, zh);
    expect(date && [isoDate(date.start), date.end && isoDate(date.end)]).toEqual([start, end]);
  });

  it('reads "9月22" without its 日 as no date', () => {
    expect(extractDates('第9月22', zh)).toEqual([]);
  });
});

describe('two full dates joined by "and"', () => {
  it.each([
    ['وفي ٥ يونيه ٢٠٢٤ و ١٢ يوليه ٢٠٢٤', ['2024-06-05', '2024-07-12']],
    ['on 5 June 2024 and 12 July 2024', ['2024-06-05', '2024-07-12']],
  ])('%s', (text, starts) => {
    expect(dates(text).map((d) => [d.start, d.end])).toEqual(starts.map((s) => [s, null]));
  });

  it('keeps a range of days joined by "and" a range', () => {
    expect(dates('on 14 and 15 April 2009').map((d) => [d.start, d.end])).toEqual([['2009-04-14', '2009-04-15']]);
  });
});

describe('Arabic weekdays and months with the swapped lam-alef of PDF extraction', () => {
  it.each([
    ['االثنين، ٨ أيلول/سبتمبر ٢٠٢٥', '2025-09-08', 1],
    ['األربعاء ١٠ كانون األول/ديسمبر ٢٠٢٥', '2025-12-10', 3],
  ])('%s', (text, iso, weekday) => {
    const [date] = extractDatesInLanguages(normalise(text).text, [ar, en]);
    expect(date && [isoDate(date.start), date.weekday]).toEqual([iso, weekday]);
  });
});

/** The dates of a text: as printed, start and end. */
function datesIn(lang: Language, text: string) {
  return datesOf(lang, text).map((d) => [d.text, d.start, d.end]);
}

describe('a day and month that recur every year are no calendar date', () => {
  it.each([
    ['ar', 'تبدأ دورة المجلس في 1 كانون الثاني/يناير من كل عام.'],
    ['ar', 'تبدأ دورة المجلس في ١ كانون الثاني/يناير من كل سنة.'],
    ['en', 'The membership term begins on 1 January of each year.'],
    ['en', 'The Council meets each year on 1 January.'],
    ['fr', 'Le mandat commence le 1er janvier de chaque année.'],
    ['es', 'El mandato comienza el 1 de enero de cada año.'],
    ['ru', 'Срок полномочий начинается 1 января каждого года.'],
    ['ru', 'Совет ежегодно 1 января начинает работу.'],
    ['zh', '理事会成员任期于每年1月1日开始。'],
  ] as [Language, string][])('%s: %s', (lang, text) => {
    expect(datesIn(lang, text)).toEqual([]);
  });

  it('keeps a date with its year, and a day-month that does not recur', () => {
    expect(datesIn('en', 'on 1 January 2026 of each year')).toEqual([['on 1 January 2026', '2026-01-01', null]]);
    expect(datesIn('en', 'Monday, 3 Feb.')).toEqual([['Monday, 3 Feb.', '????-2-3', null]]);
  });
});

describe('a series of dates printed with one year (a session held in parts)', () => {
  it.each([
    ['en', 'Geneva, 28 April–30 May and 30 June–1 August 2025', [['28 April–30 May', '2025-04-28', '2025-05-30'], ['30 June–1 August 2025', '2025-06-30', '2025-08-01']]],
    [
      'en',
      'in three parts: from 20 January to 28 March, from 12 May to 27 June and from 28 July to\n12 September 2025.',
      [
        ['from 20 January to 28 March', '2025-01-20', '2025-03-28'],
        ['from 12 May to 27 June', '2025-05-12', '2025-06-27'],
        ['from 28 July to\n12 September 2025', '2025-07-28', '2025-09-12'],
      ],
    ],
    ['en', '1–5 December and 10–12 January 2026', [['1–5 December', '2025-12-01', '2025-12-05'], ['10–12 January 2026', '2026-01-10', '2026-01-12']]],
    ['fr', 'Genève, 28 avril-30 mai et 30 juin-1er août 2025', [['28 avril-30 mai', '2025-04-28', '2025-05-30'], ['30 juin-1er août 2025', '2025-06-30', '2025-08-01']]],
    ['es', 'Ginebra, 28 de abril a 30 de mayo y 30 de junio a 1 de agosto de 2025', [['28 de abril a 30 de mayo', '2025-04-28', '2025-05-30'], ['30 de junio a 1 de agosto de 2025', '2025-06-30', '2025-08-01']]],
    ['ru', 'Женева, 28 апреля – 30 мая и 30 июня – 1 августа 2025 года', [['28 апреля – 30 мая', '2025-04-28', '2025-05-30'], ['30 июня – 1 августа 2025 года', '2025-06-30', '2025-08-01']]],
    ['ar', 'جنيف، 28 نيسان/أبريل - 30 أيار/مايو و30 حزيران/يونيه - 1 آب/أغسطس 2025', [['28 نيسان/أبريل - 30 أيار/مايو', '2025-04-28', '2025-05-30'], ['30 حزيران/يونيه - 1 آب/أغسطس 2025', '2025-06-30', '2025-08-01']]],
    ['zh', '2025年4月28日至5月30日和6月30日至8月1日，日内瓦', [['2025年4月28日至5月30日', '2025-04-28', '2025-05-30'], ['6月30日至8月1日', '2025-06-30', '2025-08-01']]],
  ] as [Language, string, string[][]][])('%s: %s', (lang, text, expected) => {
    expect(datesIn(lang, text)).toEqual(expected);
  });

  it('leaves dates apart on their own: a blank line between, or a year printed on each', () => {
    expect(datesIn('en', '1 July\n\n2 July 2025').map((d) => d[1])).toEqual(['????-7-1', '2025-07-02']);
    expect(datesIn('en', 'Monday, 1 July\n2 July 2025').map((d) => d[1])).toEqual(['????-7-1', '2025-07-02']);
    expect(datesIn('en', 'from 1 to 3 July,\nand 2 to 4 August 2025').map((d) => d[1])).toEqual(['2025-07-01', '2025-08-02']);
    expect(datesIn('en', '3 June 2024 and 5 July 2025').map((d) => d[1])).toEqual(['2024-06-03', '2025-07-05']);
  });

  it('gives a split session its last part as the meeting end', () => {
    const doc = parseAgenda('International Law Commission\nSeventy-sixth session\nGeneva, 28 April–30 May and 30 June–1 August 2025\n\nProvisional agenda\n\n1. Adoption of the agenda.\n2. Other matters.\n', { spans: false });
    expect([doc.meeting.startDate, doc.meeting.endDate, doc.meeting.inferred]).toEqual(['2025-04-28', '2025-08-01', []]);
    expect(doc.dates.map((d) => [d.start, d.end, d.inferred])).toEqual([['2025-04-28', '2025-05-30', []], ['2025-06-30', '2025-08-01', []]]);
  });
});
