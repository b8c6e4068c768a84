// UN Arabic prints a time with its minutes first as often as with its hours first: a timetable's
// "00/10-00/13" is 10 a.m.-1 p.m. and "الساعة 30/10" is 10.30, beside "10/00-13/00". A time is
// read minutes first only where hours first would be no meeting's time: a first number of 00
// (past midnight) or over 24. Numbers that are no times stay unread.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import { findClockTimes, findTimeRanges, formatTime } from '../../src/extract/times.js';
import { localeFor } from '../../src/locales/index.js';
import { normalise } from '../../src/normalise/normalise.js';

const ar = localeFor('ar');

describe('Arabic time ranges printed minutes first', () => {
  it.each([
    ['00/10-00/13', '10:00', '13:00', false],
    ['00/15–00/18', '15:00', '18:00', false],
    ['00/13-00/10', '10:00', '13:00', true],
    ['٠٠/١٠-٠٠/١٣', '10:00', '13:00', false],
    ['30/10-00/13', '10:30', '13:00', false],
    ['00/10-30/12', '10:00', '12:30', false],
    // Hours first, as before.
    ['10/00-13/00', '10:00', '13:00', false],
    ['١٣/٠٠-١٠/٠٠', '10:00', '13:00', true],
    ['10/30-13/00', '10:30', '13:00', false],
  ])('%s', (input, start, end, reversed) => {
    const [range] = findTimeRanges(normalise(input).text, ar);
    expect(range && [formatTime(range.start), formatTime(range.end), range.reversed]).toEqual([start, end, reversed]);
  });

  it.each(['4/4', '14/15', '2009/2', '25/00-26/00', '61/10-00/13'])('no time range in %s', (input) => {
    expect(findTimeRanges(normalise(input).text, ar)).toEqual([]);
  });

  it('a single time after the hour word: "الساعة 00/10" is 10:00', () => {
    const text = normalise('تفتتح الدورة في الساعة 00/10 من صباح يوم الاثنين').text;
    expect(findClockTimes(text, ar).map((t) => formatTime(t.time))).toEqual(['10:00']);
  });
});

describe('a document whose timetable and opening print the minutes first', () => {
  const text = [
    'لجنة الأنهار',
    'الدورة الخامسة',
    'فيينا، 12-13 تشرين الأول/أكتوبر 2031',
    '',
    'جدول الأعمال المؤقت وشروحه',
    '',
    '1- افتتاح الدورة.',
    '2- مسائل أخرى.',
    '',
    'الشروح',
    '',
    '1- افتتاح الدورة',
    '',
    'ستفتتح الدورة في الساعة 00/10 من صباح يوم الاثنين 12 تشرين الأول/أكتوبر 2031.',
    '',
    '2- مسائل أخرى',
    '',
    'لم تقترح أي مسائل أخرى.',
    '',
    'المرفق',
    '',
    'تنظيم الأعمال المقترح',
    '',
    'الاثنين، 12 تشرين الأول/أكتوبر',
    '00/10-00/13\t1\tافتتاح الدورة',
    '00/15-00/18\t2\tمسائل أخرى',
    '',
  ].join('\n');
  it('reads the opening and the slots at their hours', () => {
    const doc = parseAgenda(text, { lang: 'ar' });
    expect(doc.meeting.opening).toBe('2031-10-12T10:00');
    expect(doc.schedule.map((s) => [s.date, s.start, s.end, s.items])).toEqual([
      ['2031-10-12', '10:00', '13:00', ['1']],
      ['2031-10-12', '15:00', '18:00', ['2']],
    ]);
  });
});
