import { describe, expect, it } from 'vitest';
import { extractDatesInLanguages, isoDate } from '../../src/extract/dates.js';
import { extractSchedule } from '../../src/extract/schedule.js';
import { formatTime } from '../../src/extract/times.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { parseAgenda } from '../../src/index.js';
import { contextFor } from '../helpers.js';

function schedule(text: string) {
  const ctx = contextFor(text, 'ar');
  const dates = extractDatesInLanguages(ctx.norm.text, [ar, en]);
  const result = extractSchedule(ctx, { from: 0, to: ctx.lines.length }, dates, { year: 2010, month: 1, day: 27 });
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

describe('timetable', () => {
  it('reads reversed ranges, continuation rows and lost day headings', () => {
    const text = [
      'تنظيم الأعمال المقترح',
      'العنوان والوصف\tبند جدول الأعمال\tالتاريخ والتوقيت',
      '\t\tالأربعاء، ٢٧ كانون الثاني/يناير',
      'افتتاح الاجتماع\t١ (أ)\t١٣/٠٠-١٠/٠٠',
      'إقرار جدول الأعمال\t١ (ب)\t',
      'بند\t٢\t١٨/٠٠-١٥/٠٠',
      'بند\t٣\t١٣/٠٠-١٠/٠٠',
      'بند (تابع)\t٣\t١٨/٠٠-١٥/٠٠',
    ].join('\n');
    expect(schedule(text)).toEqual({
      slots: [
        ['2010-01-27', false, '10:00', '13:00', '1(a) 1(b)'],
        ['2010-01-27', false, '15:00', '18:00', '2'],
        ['2010-01-28', true, '10:00', '13:00', '3'],
        ['2010-01-28', true, '15:00', '18:00', '3'],
      ],
      codes: ['TIME_RANGE_REVERSED', 'TIME_RANGE_REVERSED', 'TIME_RANGE_REVERSED', 'DATE_INFERRED', 'TIME_RANGE_REVERSED'],
    });
  });

  it('a printed heading ends an inferred day', () => {
    const text = [
      'الأربعاء، ٢٧ كانون الثاني/يناير\t\t',
      'أ\t١\t10/00-13/00',
      'ب\t٢\t10/00-13/00',
      'الجمعة، ٢٩ كانون الثاني/يناير\t\t',
      'ج\t٣\t10/00-13/00',
    ].join('\n');
    expect(schedule(text).slots).toEqual([
      ['2010-01-27', false, '10:00', '13:00', '1'],
      ['2010-01-28', true, '10:00', '13:00', '2'],
      ['2010-01-29', false, '10:00', '13:00', '3'],
    ]);
  });
});

/** An English agenda up to its timetable, for the layouts below. */
const AGENDA = [
  'Provisional agenda',
  '',
  '1. Organizational matters:',
  '   (a) Opening of the session;',
  '   (b) Adoption of the agenda.',
  '2. Other matters.',
  '',
  'Annex',
  '',
  'Proposed organization of work',
  '',
];

describe('timetable laid out with spaces', () => {
  it('reads cells separated by runs of spaces', () => {
    const text = [
      ...AGENDA,
      'Date and time        Item        Title or description',
      'Monday, 8 March 2010',
      '10 a.m.-1 p.m.       1 (a)       Opening of the session',
      '                     1 (b)       Adoption of the agenda',
      '3-6 p.m.             2           Other matters',
    ].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).schedule.map((s) => [s.date, s.start, s.end, s.items.join(' ')])).toEqual([
      ['2010-03-08', '10:00', '13:00', '1(a) 1(b)'],
      ['2010-03-08', '15:00', '18:00', '2'],
    ]);
  });

  it('reads a row printed as plain text: time, item, title', () => {
    const text = [
      ...AGENDA,
      'Monday, 8 March 2010',
      '10 a.m.-1 p.m. 1 (a) Opening of the session',
      '1 (b) Adoption of the agenda',
      '3-6 p.m. 2 Other matters',
    ].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).schedule.map((s) => [s.start, s.items.join(' ')])).toEqual([
      ['10:00', '1(a) 1(b)'],
      ['15:00', '2'],
    ]);
  });
});
