// Round 8 of the dates stage: forms of real agendas (made-up texts in their shapes) — a range word
// before the weekday ("du lundi 8 au jeudi 18 juin"), a comma before the range word ("from Monday,
// 2 February, to Wednesday, 4 February"), an article before the second day ("le 1er et le 2
// juin"), the Arabic month name split after its slash ("تموز/يول يه ٢٠٢٦"), and "12 noon".
import { describe, expect, it } from 'vitest';
import { findClockTimes, findTimeRanges, formatTime } from '../../src/extract/times.js';
import { en } from '../../src/locales/en.js';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { datesOf } from '../helpers.js';

function dates(lang: Language, text: string) {
  return datesOf(lang, text).map((d) => [d.text, d.start, d.end, d.weekday]);
}

describe('a range word before the weekday belongs to the range', () => {
  it.each<[Language, string, string, string, string, number | null]>([
    ['fr', 'Les séances se tiendront du lundi 8 au jeudi 18 juin 2026.', 'du lundi 8 au jeudi 18 juin 2026', '2026-06-08', '2026-06-18', 1],
    ['fr', 'du lundi 30 novembre 2026 au mercredi 2 décembre 2026', 'du lundi 30 novembre 2026 au mercredi 2 décembre 2026', '2026-11-30', '2026-12-02', 1],
    ['es', 'Se celebrará del lunes 5 al miércoles 7 de octubre de 2026.', 'del lunes 5 al miércoles 7 de octubre de 2026', '2026-10-05', '2026-10-07', 1],
    ['en', 'held from Monday, 2 February, to Wednesday, 4 February 2026.', 'from Monday, 2 February, to Wednesday, 4 February 2026', '2026-02-02', '2026-02-04', 1],
    ['en', 'Monday, 2 February 2026, to Wednesday, 4 February 2026', 'Monday, 2 February 2026, to Wednesday, 4 February 2026', '2026-02-02', '2026-02-04', 1],
    ['en', 'on Wednesday, from 8 to 10 March 2026', 'on Wednesday, from 8 to 10 March 2026', '2026-03-08', '2026-03-10', 3],
    ['ru', 'состоится с понедельника, 5 октября, по среду, 7 октября 2026 года.', 'с понедельника, 5 октября, по среду, 7 октября 2026 года', '2026-10-05', '2026-10-07', 1],
    ['ru', 'с 30 ноября по 2 декабря 2026 года', 'с 30 ноября по 2 декабря 2026 года', '2026-11-30', '2026-12-02', null],
    ['ar', 'تعقد من يوم الاثنين ٥ إلى يوم الأربعاء ٧ تشرين الأول/أكتوبر ٢٠٢٦.', 'من يوم الاثنين ٥ إلى يوم الأربعاء ٧ تشرين الأول/أكتوبر ٢٠٢٦', '2026-10-05', '2026-10-07', 1],
  ])('%s: %s', (lang, input, text, start, end, weekday) => {
    expect(dates(lang, input)).toEqual([[text, start, end, weekday]]);
  });

  it('a comma and "and" still part two dates', () => {
    expect(dates('en', 'on 14 March, and 16 March 2026').map((d) => d[0])).toEqual(['on 14 March', '16 March 2026']);
  });
});

describe('an article before the second day', () => {
  it.each<[Language, string, string, string, string]>([
    ['fr', 'Une réunion aura lieu le 1er et le 2 juin 2026.', 'le 1er et le 2 juin 2026', '2026-06-01', '2026-06-02'],
    ['fr', 'les 1er et 2 juin 2026', 'les 1er et 2 juin 2026', '2026-06-01', '2026-06-02'],
    ['es', 'Las consultas se celebrarán entre el 1 y el 3 de septiembre de 2026.', 'entre el 1 y el 3 de septiembre de 2026', '2026-09-01', '2026-09-03'],
    ['es', 'desde el 5 hasta el 7 de octubre de 2026', 'desde el 5 hasta el 7 de octubre de 2026', '2026-10-05', '2026-10-07'],
  ])('%s: %s', (lang, input, text, start, end) => {
    expect(dates(lang, input)).toEqual([[text, start, end, null]]);
  });
});

describe('an Arabic month name split after its slash', () => {
  it('joins the fragment before the year, which is then printed, not inferred', () => {
    expect(dates('ar', 'تعقد المشاورات من ٦ إلى ٨ تموز/يول يه ٢٠٢٦.')).toEqual([['من ٦ إلى ٨ تموز/يول يه ٢٠٢٦', '2026-07-06', '2026-07-08', null]]);
    expect(dates('ar', 'في ١٢ تشرين الأول/أكتو بر ٢٠٢٥')).toEqual([['١٢ تشرين الأول/أكتو بر ٢٠٢٥', '2025-10-12', null, null]]);
  });

  it('takes no short word after the month when no year follows', () => {
    expect(dates('ar', 'يوم ١٤ تموز/يوليه و ١٥ منه').map((d) => d[0])).toEqual(['يوم ١٤ تموز/يوليه']);
  });
});

describe('"12 noon"', () => {
  const ranges = (text: string) => findTimeRanges(text, en).map((r) => [formatTime(r.start), formatTime(r.end), r.reversed]);
  it.each([
    ['10 a.m.–12 noon', ['10:00', '12:00', false]],
    ['12 noon–1 p.m.', ['12:00', '13:00', false]],
    ['from 10 a.m. to 12 noon', ['10:00', '12:00', false]],
  ])('%s', (text, expected) => {
    expect(ranges(text)).toEqual([expected]);
  });

  it('opens a session "at 12 noon on Monday"', () => {
    const doc = parseAgenda(
      'Vienna, 9–13 March 2026\n\nProvisional agenda\n\n1. Opening.\n2. Other matters.\n\nThe session will open at 12 noon on Monday, 9 March 2026.\n',
      { lang: 'en' },
    );
    expect(doc.meeting?.opening).toBe('2026-03-09T12:00');
    expect(findClockTimes('at 12 noon', en).map((t) => formatTime(t.time))).toEqual(['12:00']);
  });

  it('reads a timetable day with a noon boundary in order', () => {
    const doc = parseAgenda(
      [
        'Vienna, 9–13 March 2026',
        '',
        'Provisional agenda',
        '',
        '1. Opening.',
        '2. General debate.',
        '',
        'Annex',
        '',
        'Proposed organization of work',
        '',
        'Monday, 9 March',
        '10 a.m.–12 noon\t1\tOpening',
        '12 noon–1 p.m.\t2\tGeneral debate',
        '',
      ].join('\n'),
      { lang: 'en' },
    );
    expect(doc.schedule.map((s) => [s.date, s.start, s.end, s.items])).toEqual([
      ['2026-03-09', '10:00', '12:00', ['1']],
      ['2026-03-09', '12:00', '13:00', ['2']],
    ]);
  });
});

describe('two dates each with its month, joined by "and", are two dates of one series', () => {
  it.each<[Language, string, string, string, string]>([
    ['en', 'The Committee met on 14 July and 15 August 2026.', 'on 14 July', '15 August 2026', '2026-07-14'],
    ['fr', 'Le Comité se réunira le 14 juillet et le 15 août 2026.', 'le 14 juillet', 'le 15 août 2026', '2026-07-14'],
    ['es', 'La reunión se celebró el 14 de julio y el 15 de agosto de 2026.', 'el 14 de julio', 'el 15 de agosto de 2026', '2026-07-14'],
    ['ru', 'Комитет провел заседания 14 июля и 15 августа 2026 года.', '14 июля', '15 августа 2026 года', '2026-07-14'],
    ['ar', 'عقد الاجتماع في ١٤ تموز/يوليه و١٥ آب/أغسطس ٢٠٢٦.', '١٤ تموز/يوليه', '١٥ آب/أغسطس ٢٠٢٦', '2026-07-14'],
    // "and", the day word and the day run past eight characters: the window is sized from the
    // language's words, not fixed.
    ['en', 'The Committee met on 14 July and on 15 August 2026.', 'on 14 July', 'on 15 August 2026', '2026-07-14'],
    ['fr', 'Le Comité se réunira les 14 juillet et le 15 août 2026.', '14 juillet', 'le 15 août 2026', '2026-07-14'],
    ['fr', 'Le Comité se réunira le 14 juillet et  le 15 août 2026.', 'le 14 juillet', 'le 15 août 2026', '2026-07-14'],
    ['es', 'La reunión se celebró el 14 de julio y el 15 de agosto de 2026.', 'el 14 de julio', 'el 15 de agosto de 2026', '2026-07-14'],
    ['es', 'La reunión se celebró el 14 de julio y  el  15 de agosto de 2026.', 'el 14 de julio', 'el  15 de agosto de 2026', '2026-07-14'],
    ['ar', 'عقد الاجتماع يوم ١٤ تموز/يوليه و يوم ١٥ آب/أغسطس ٢٠٢٦.', 'يوم ١٤ تموز/يوليه', 'يوم ١٥ آب/أغسطس ٢٠٢٦', '2026-07-14'],
    ['ru', 'Комитет провел заседания 14 июля и  15 августа 2026 года.', '14 июля', '15 августа 2026 года', '2026-07-14'],
  ])('%s: %s', (lang, input, first, second, firstStart) => {
    expect(dates(lang, input)).toEqual([
      [first, firstStart, null, null],
      [second, '2026-08-15', null, null],
    ]);
  });

  it.each<[Language, string, string]>([
    ['en', 'on 14 and 15 April 2009', 'on 14 and 15 April 2009'],
    ['es', 'el 5 y el 7 de junio de 2026', 'el 5 y el 7 de junio de 2026'],
  ])('%s: two days of one month stay a pair: %s', (lang, input, text) => {
    expect(dates(lang, input).map((d) => d[0])).toEqual([text]);
  });
});
