// Timetable rows in the six languages: item cells that list several items, rows that carry their
// own date, half days without hours, and the clock forms of the range. Texts are made up.
import { describe, expect, it } from 'vitest';
import { extractDatesInLanguages, isoDate } from '../../src/extract/dates.js';
import { extractSchedule, withMeetingYear } from '../../src/extract/schedule.js';
import { parseAgenda } from '../../src/index.js';
import { findTimeRanges, formatTime } from '../../src/extract/times.js';
import { en } from '../../src/locales/en.js';
import { localeFor } from '../../src/locales/index.js';
import type { Language } from '../../src/schema.js';
import { contextFor } from '../helpers.js';

/** Monday, 4 March 2024: day headings without a year take this one's. */
const MEETING = { year: 2024, month: 3, day: 4 };

function schedule(lang: Language, rows: string[]) {
  const ctx = contextFor(rows.join('\n'), lang);
  const dates = extractDatesInLanguages(ctx.norm.text, [ctx.locale, en]);
  const result = extractSchedule(ctx, { from: 0, to: ctx.lines.length }, dates, MEETING);
  return {
    slots: result.slots.map((s) => [
      s.date && isoDate(s.date),
      s.dateInferred,
      s.start && formatTime(s.start),
      s.end && formatTime(s.end),
      s.items.join(' '),
    ]),
    codes: ctx.diagnostics.map((d) => d.code),
  };
}

/** The items a row's item cell names, read in a row with a plain clock range. */
function itemsOf(lang: Language, cell: string): string[] {
  const slots = schedule(lang, [`10:00-13:00\t${cell}\tTitle`]).slots;
  return slots.length ? (slots[0]![4] as string).split(' ').filter(Boolean) : [];
}

describe('item cells', () => {
  const cases: [Language, string, string[]][] = [
    ['en', 'Items 1 and 2', ['1', '2']],
    ['en', 'Items 6, 7, 8 and 9', ['6', '7', '8', '9']],
    ['en', 'Item 2 (continued)', ['2']],
    ['en', '4 (a)–(d)', ['4(a)', '4(b)', '4(c)', '4(d)']],
    ['en', '1 (a) and (b)', ['1(a)', '1(b)']],
    ['en', 'Agenda items 3 to 5', ['3', '4', '5']],
    ['fr', 'Points 1 et 2', ['1', '2']],
    ['fr', 'Point 3 (suite)', ['3']],
    ['fr', '3 a) à c)', ['3(a)', '3(b)', '3(c)']],
    ['es', 'Temas 1, 2 y 3', ['1', '2', '3']],
    ['es', 'Tema 4 (continuación)', ['4']],
    ['es', '2 a) a c)', ['2(a)', '2(b)', '2(c)']],
    ['ru', 'Пункт 2 (продолжение)', ['2']],
    ['ru', 'Пункты 3 и 4', ['3', '4']],
    ['ru', '1, 2 а), 2 б)', ['1', '2(a)', '2(b)']],
    ['ru', '3 a) и b)', ['3(a)', '3(b)']],
    ['zh', '4（续）', ['4']],
    ['zh', '3(a)和(b)', ['3(a)', '3(b)']],
    ['zh', '项目5', ['5']],
    ['ar', '١ و٢ (أ) إلى (ز)', ['1', '2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)', '2(g)']],
    ['ar', '٣ (ج) و(د)', ['3(c)', '3(d)']],
    ['ar', 'البندان ٣ و٤', ['3', '4']],
    ['ar', '٢ (تابع)', ['2']],
  ];
  it.each(cases)('%s: %s', (lang, cell, items) => {
    expect(itemsOf(lang, cell)).toEqual(items);
  });

  // Hours without a marker, dates, years and stray letters are not items.
  const notItems: [Language, string][] = [
    ['en', '3-6'],
    ['en', 'Item'],
    ['en', '(a)'],
    ['en', '2010'],
    ['en', '4 April'],
    ['en', 'Items 5 to 3'],
    ['es', '10 a 13'],
    ['fr', '1 et'],
    ['zh', '3月11日'],
  ];
  it.each(notItems)('%s: %s is no item cell', (lang, cell) => {
    expect(itemsOf(lang, cell)).toEqual([]);
  });
});

describe('a row that carries its own date', () => {
  it('dates its slot and the rows after it (en)', () => {
    expect(
      schedule('en', [
        'Date\tTime\tItems',
        'Monday, 4 March\t10:00–13:00\tItems 1 and 2',
        '\t15:00–18:00\tItem 2 (continued)',
        'Tuesday, 5 March\t10:00–13:00\tItem 3',
        'Tuesday, 5 March\t15:00–18:00\tItem 4',
      ]),
    ).toEqual({
      slots: [
        ['2024-03-04', false, '10:00', '13:00', '1 2'],
        ['2024-03-04', false, '15:00', '18:00', '2'],
        ['2024-03-05', false, '10:00', '13:00', '3'],
        ['2024-03-05', false, '15:00', '18:00', '4'],
      ],
      codes: [],
    });
  });

  const rows: [Language, string[]][] = [
    ['fr', ['Lundi 4 mars\t10 heures-13 heures\t1\tOuverture', '\t15 heures-18 heures\t2\tSuite', 'Mardi 5 mars\t10 heures-13 heures\t3\tFin']],
    ['es', ['Lunes 4 de marzo\t10.00 a 13.00 horas\tTema 1', '\t15.00 a 18.00 horas\tTema 2', 'Martes 5 de marzo\t10.00 a 13.00 horas\tTema 3']],
    [
      'ru',
      [
        'Понедельник, 4 марта\t10 час. 00 мин. – 13 час. 00 мин.\t1\tОткрытие',
        '\t15 час. 00 мин. – 18 час. 00 мин.\t2\tДоклад',
        'Вторник, 5 марта\t10 ч. 00 м. – 13 ч. 00 м.\t3\tПрочее',
      ],
    ],
    ['zh', ['3月4日，星期一\t上午10:00-下午1:00\t1\t开幕', '\t下午3:00-6:00\t2\t报告', '3月5日，星期二\t上午10时至下午1时\t3\t其他']],
    // Right-to-left rows come out last cell first: title, item, time, day.
    ['ar', ['افتتاح\t١\t١٣/٠٠-١٠/٠٠\tالاثنين، ٤ آذار/مارس', 'تقرير\t٢\t١٨/٠٠-١٥/٠٠\t', 'مسائل\t٣\t١٣/٠٠-١٠/٠٠\tالثلاثاء، ٥ آذار/مارس']],
  ];
  it.each(rows)('%s', (lang, lines) => {
    expect(schedule(lang, lines).slots).toEqual([
      ['2024-03-04', false, '10:00', '13:00', '1'],
      ['2024-03-04', false, '15:00', '18:00', '2'],
      ['2024-03-05', false, '10:00', '13:00', '3'],
    ]);
  });

  it('a title that mentions a date does not date the row', () => {
    expect(
      schedule('en', ['Monday, 4 March', '10:00–13:00\t1\tReport of the meeting held on 6 March', '15:00–18:00\t2\tOther matters']).slots,
    ).toEqual([
      ['2024-03-04', false, '10:00', '13:00', '1'],
      ['2024-03-04', false, '15:00', '18:00', '2'],
    ]);
  });
});

describe('half days without hours', () => {
  const days: [Language, string, string, string, string][] = [
    ['en', 'Monday, 4 March', 'Tuesday, 5 March', 'Morning', 'Afternoon'],
    ['fr', 'Lundi 4 mars', 'Mardi 5 mars', 'Matin', 'Après-midi'],
    ['es', 'Lunes 4 de marzo', 'Martes 5 de marzo', 'Mañana', 'Tarde'],
    ['ru', 'Понедельник, 4 марта', 'Вторник, 5 марта', 'Первая половина дня', 'Вторая половина дня'],
    ['zh', '3月4日，星期一', '3月5日，星期二', '上午', '下午'],
    ['ar', 'الاثنين، ٤ آذار/مارس', 'الثلاثاء، ٥ آذار/مارس', 'صباحاً', 'بعد الظهر'],
  ];
  it.each(days)('%s: each half day is its own slot', (lang, monday, tuesday, morning, afternoon) => {
    expect(
      schedule(lang, [monday, `${morning}\t1\tA`, '\t2\tB', `${afternoon}\t3\tC`, tuesday, `${morning}\t3\tC`, `${afternoon}\t4\tD`]),
    ).toEqual({
      slots: [
        ['2024-03-04', false, null, null, '1 2'],
        ['2024-03-04', false, null, null, '3'],
        ['2024-03-05', false, null, null, '3'],
        ['2024-03-05', false, null, null, '4'],
      ],
      codes: [],
    });
  });

  it('takes the hours printed beside the half day', () => {
    expect(
      schedule('es', ['Lunes 4 de marzo', 'Mañana (10.00 a 13.00 horas)\tTemas 1, 2 y 3', 'Tarde (15.00 a 18.00 horas)\tTema 4']).slots,
    ).toEqual([
      ['2024-03-04', false, '10:00', '13:00', '1 2 3'],
      ['2024-03-04', false, '15:00', '18:00', '4'],
    ]);
  });

  it('a morning after an afternoon with no heading between starts the next day', () => {
    expect(schedule('fr', ['Lundi 4 mars', 'Matin\t1\tA', 'Après-midi\t2\tB', 'Matin\t3\tC'])).toEqual({
      slots: [
        ['2024-03-04', false, null, null, '1'],
        ['2024-03-04', false, null, null, '2'],
        ['2024-03-05', true, null, null, '3'],
      ],
      codes: ['DATE_INFERRED'],
    });
  });

  it('a half-day word inside a title is no half day', () => {
    expect(schedule('en', ['Monday, 4 March', '10:00–13:00\t1\tA', '\t2\tMorning session of the Bureau']).slots).toEqual([
      ['2024-03-04', false, '10:00', '13:00', '1 2'],
    ]);
  });
});

describe('clock ranges in timetables', () => {
  const ranges: [Language, string, string, string][] = [
    ['ru', '10 ч. 00 м. – 13 ч. 00 м.', '10:00', '13:00'],
    ['ru', '15 час. 00 мин. – 18 час. 00 мин.', '15:00', '18:00'],
    ['ar', 'من الساعة 15:00 إلى الساعة 18:00', '15:00', '18:00'],
    ['ar', 'من 10:00 حتى 13:00', '10:00', '13:00'],
  ];
  it.each(ranges)('%s: %s', (lang, text, start, end) => {
    const found = findTimeRanges(text, localeFor(lang));
    expect(found.map((r) => [formatTime(r.start), formatTime(r.end)])).toEqual([[start, end]]);
  });

  it('Arabic range words between bare numbers are no time range', () => {
    expect(findTimeRanges('المواد 10 إلى 13', localeFor('ar'))).toEqual([]);
  });
});

describe('a timetable whose day headings were all lost', () => {
  it('starts on the meeting first day, each later morning on the next day, all inferred', () => {
    const text = [
      'الفريق العامل',
      'فيينا، ٣٠ أيار/مايو - ١ حزيران/يونيه ٢٠١٢',
      '',
      'جدول الأعمال المؤقت',
      '',
      '١- افتتاح الاجتماع',
      '٢- مسائل أخرى',
      '',
      'المرفق',
      '',
      'افتتاح الاجتماع\t١\t١٣/٠٠-١٠/٠٠',
      'مسائل أخرى\t٢\t١٨/٠٠-١٥/٠٠',
      'مسائل أخرى\t٢\t١٣/٠٠-١٠/٠٠',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'ar' });
    expect(document.schedule.map((s) => [s.date, s.dateInferred, s.start])).toEqual([
      ['2012-05-30', true, '10:00'],
      ['2012-05-30', true, '15:00'],
      ['2012-05-31', true, '10:00'],
    ]);
  });
});

describe('a timetable printed as a markdown table', () => {
  it('reads the items of each row between the bars', () => {
    const text = [
      'Provisional agenda',
      '',
      '1. Opening',
      '2. Other matters',
      '',
      'Annex',
      '',
      '| Date and time | Item | Title |',
      '|---|---|---|',
      '| Monday, 4 October 2030 | | |',
      '| 10 a.m.-1 p.m. | 1 | Opening |',
      '| 3-6 p.m. | 2 | Other matters |',
    ].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).schedule.map((s) => [s.date, s.start, s.items])).toEqual([
      ['2030-10-04', '10:00', ['1']],
      ['2030-10-04', '15:00', ['2']],
    ]);
  });
});

describe('a timetable laid out as a grid, days down and half days across', () => {
  it('gives each day a slot per half day, with the hours of its column', () => {
    const text = [
      'Ordre du jour provisoire',
      '',
      '1. Ouverture',
      '2. Questions diverses',
      '',
      'Annexe',
      '',
      'Date\tMatin (10 heures-13 heures)\tAprès-midi (15 heures-18 heures)',
      'Lundi 6 mai 2030\tPoints 1 et 2\tPoint 2 (suite)',
      'Mardi 7 mai 2030\t\tPoint 2 (suite)',
    ].join('\n');
    expect(parseAgenda(text, { lang: 'fr' }).schedule.map((s) => [s.date, s.start, s.end, s.items])).toEqual([
      ['2030-05-06', '10:00', '13:00', ['1', '2']],
      ['2030-05-06', '15:00', '18:00', ['2']],
      ['2030-05-07', '15:00', '18:00', ['2']],
    ]);
  });
});

describe('a row whose day cell holds its hours too', () => {
  // Treaty-body timetables and workplans: "Tuesday, 5 March, 3 p.m.-6 p.m.    Bolivia".
  const rows: [Language, string[]][] = [
    ['en', ['Monday, 4 March, 10 a.m.-1 p.m.    Item 1', 'Monday, 4 March, 3 p.m.-6 p.m.    Item 2', 'Tuesday, 5 March 10 a.m.–1 p.m.    3']],
    ['es', ['Lunes 4 de marzo, de las 10.00 a las 13.00 horas    Tema 1', 'Lunes 4 de marzo, de las 15.00 a las 18.00 horas    Tema 2', 'Martes 5 de marzo, 10.00 a 13.00 horas    Tema 3']],
    ['fr', ['Lundi 4 mars, de 10 heures à 13 heures    Point 1', 'Lundi 4 mars, de 15 heures à 18 heures    Point 2', 'Mardi 5 mars, 10 heures-13 heures    Point 3']],
    ['ru', ['Понедельник, 4 марта, с 10 час. 00 мин. до 13 час. 00 мин.    Пункт 1', 'Понедельник, 4 марта, 15 час. 00 мин. – 18 час. 00 мин.    Пункт 2', 'Вторник, 5 марта, 10:00–13:00    Пункт 3']],
    ['zh', ['3月4日，星期一，上午10时至下午1时    项目1', '3月4日，星期一，下午3时至6时    项目2', '3月5日，星期二，上午10时至下午1时    项目3']],
    ['ar', ['الاثنين، ٤ آذار/مارس، من الساعة ١٠:٠٠ إلى الساعة ١٣:٠٠    البند ١', 'الاثنين، ٤ آذار/مارس، ١٥:٠٠-١٨:٠٠    البند ٢', 'الثلاثاء، ٥ آذار/مارس، ١٠:٠٠-١٣:٠٠    البند ٣']],
  ];
  it.each(rows)('%s: the printed day dates the slot', (lang, lines) => {
    expect(schedule(lang, lines)).toEqual({
      slots: [
        ['2024-03-04', false, '10:00', '13:00', '1'],
        ['2024-03-04', false, '15:00', '18:00', '2'],
        ['2024-03-05', false, '10:00', '13:00', '3'],
      ],
      codes: [],
    });
  });

  it('a cell with a date, hours and other words is no day cell', () => {
    expect(schedule('en', ['Monday, 4 March', 'Visit on 6 March, 3 p.m.-6 p.m.    Item 2']).slots).toEqual([['2024-03-04', false, '15:00', '18:00', '2']]);
  });
});

describe('the dates of a workplan over its table', () => {
  it.each([
    ['en', '3 to 6 March 2024', 'Monday, 4 March    10 a.m.–1 p.m.    1    Opening'],
    ['fr', '4-6 mars 2024', 'Lundi 4 mars    10 heures-13 heures    1    Ouverture'],
    ['es', '4 a 6 de marzo de 2024', 'Lunes 4 de marzo    10.00 a 13.00 horas    1    Apertura'],
    ['ru', '4–6 марта 2024 года', 'Понедельник, 4 марта    10:00–13:00    1    Открытие'],
  ] as [Language, string, string][])('%s: "%s" is no row of items', (lang, dates, row) => {
    expect(schedule(lang, [dates, '', row]).slots).toEqual([['2024-03-04', false, '10:00', '13:00', '1']]);
  });
});

describe('a day cell wrapped over two lines', () => {
  it.each([
    ['ru', ['Понедельник,    10:00–13:00    1    Выборы', '4 марта                        2    Открытие', '                15:00–18:00    3    Доклад']],
    ['en', ['Monday,    10 a.m.-1 p.m.    1    Election', '4 March                       2    Opening', '           3 p.m.-6 p.m.     3    Report']],
    ['fr', ['Lundi    10 heures-13 heures    1    Élection', '4 mars                         2    Ouverture', '         15 heures-18 heures    3    Rapport']],
    ['es', ['Lunes    10.00 a 13.00 horas    1    Elección', '4 de marzo                     2    Apertura', '         15.00 a 18.00 horas    3    Informe']],
  ] as [Language, string[]][])('%s: the date on the second line dates the slot the first line opened', (lang, lines) => {
    expect(schedule(lang, lines)).toEqual({
      slots: [
        ['2024-03-04', false, '10:00', '13:00', '1 2'],
        ['2024-03-04', false, '15:00', '18:00', '3'],
      ],
      codes: [],
    });
  });
});

describe('the year of a date printed without one', () => {
  it.each([
    [{ year: 2025, month: 12, day: 1 }, { year: null, month: 1, day: 5 }, 2026],
    [{ year: 2026, month: 2, day: 23 }, { year: null, month: 1, day: 1 }, 2026],
    [{ year: 2026, month: 2, day: 23 }, { year: null, month: 11, day: 3 }, 2026],
    [{ year: 2024, month: 3, day: 4 }, { year: null, month: 3, day: 5 }, 2024],
  ])('meeting %o, date %o: %i', (meeting, day, year) => {
    expect(withMeetingYear(day, meeting)?.year).toBe(year);
  });
});

describe('a day after a slot whose day was inferred, without a weekday cell above it', () => {
  it('starts its own day and leaves the slot above as inferred', () => {
    expect(schedule('en', ['10 a.m.-1 p.m.    1    Election', 'Tuesday, 5 March    2    Opening']).slots).toEqual([
      ['2024-03-04', true, '10:00', '13:00', '1'],
      ['2024-03-05', false, null, null, '2'],
    ]);
  });
});
