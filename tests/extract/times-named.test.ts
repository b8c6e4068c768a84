// Time forms with an hour named by a word ("noon", "midi", "mediodía", "midnight") and the
// Russian hour and minute words without their dots: read as a single time, as a range's end,
// at the opening and in a timetable row. Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { extractDatesInLanguages, isoDate } from '../../src/extract/dates.js';
import { extractSchedule } from '../../src/extract/schedule.js';
import { findClockTimes, findTimeRanges, findWordTimes, formatTime } from '../../src/extract/times.js';
import { en } from '../../src/locales/en.js';
import { LOCALES } from '../../src/locales/index.js';
import { normalise } from '../../src/normalise/normalise.js';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { contextFor, PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

const rangesOf = (language: Language, input: string) =>
  findTimeRanges(normalise(input).text, LOCALES[language]!).map((r) => `${formatTime(r.start)}-${formatTime(r.end)}`);

const singlesOf = (language: Language, input: string) => {
  const text = normalise(input).text;
  const locale = LOCALES[language]!;
  return [...findClockTimes(text, locale), ...findWordTimes(text, locale)].map((t) => formatTime(t.time));
};

describe('ranges ending at a named hour, and Russian words without dots', () => {
  it.each([
    ['en', 'from 10 a.m.–noon', '10:00-12:00'],
    ['en', 'from 10 a.m. to noon', '10:00-12:00'],
    ['en', '10 a.m.–12 noon', '10:00-12:00'],
    ['en', 'from 3 p.m. to 6 p.m.', '15:00-18:00'],
    ['en', 'from 9 p.m. to midnight', '21:00-24:00'],
    ['en', '9 p.m.–12 midnight', '21:00-24:00'],
    ['fr', 'de 10 heures à midi', '10:00-12:00'],
    ['fr', 'de 10 h 30 à midi', '10:30-12:00'],
    ['fr', 'de 20 heures à minuit', '20:00-24:00'],
    ['es', 'de las 10.00 horas al mediodía', '10:00-12:00'],
    ['es', 'de 10.00 horas a mediodía', '10:00-12:00'],
    ['es', 'de las 10.00 a las 13.00 horas', '10:00-13:00'],
    ['ru', 'с 10 ч. 00 м. до 13 ч. 00 м.', '10:00-13:00'],
    ['ru', 'с 10 ч 00 м до 13 ч 00 м', '10:00-13:00'],
    ['ru', 'с 10 ч 00 мин до 13 ч 00 мин', '10:00-13:00'],
  ] as const)('%s: %s', (language, input, expected) => {
    expect(rangesOf(language, input)).toEqual([expected]);
  });

  it.each([
    ['en', 'at 12 midnight', '00:00'],
    ['en', 'at midnight', '00:00'],
    ['en', 'at 12 noon', '12:00'],
    ['fr', 'à midi', '12:00'],
    ['es', 'al mediodía', '12:00'],
    ['es', 'a mediodía', '12:00'],
    ['es', 'a las 12.00 horas', '12:00'],
    ['ru', 'в 10 ч 00 мин', '10:00'],
    ['ru', 'в 10 ч. 00 м.', '10:00'],
    ['ru', 'в 15 ч', '15:00'],
  ] as const)('%s: %s', (language, input, expected) => {
    expect(singlesOf(language, input)).toEqual([expected]);
  });

  it.each([
    // A named hour does not make a bare number a time.
    ['en', 'items 10 to noon'],
    // A bare letter is no hour or minute word inside a longer word.
    ['ru', '10 членов'],
    ['ru', 'из 10 человек'],
    ['ru', 'в 10 ч 00 минутах'],
    ['es', 'del párrafo 10 al mediodía'],
  ] as const)('%s: no range in %s', (language, input) => {
    expect(rangesOf(language, input)).toEqual([]);
  });

  it.each([
    ['ru', '10 членов'],
    ['ru', 'на 10 человек'],
  ] as const)('%s: no time in %s', (language, input) => {
    expect(singlesOf(language, input)).toEqual([]);
  });
});

/** A small agenda that meets from Monday 3 to Friday 7 June 2024, with a note under its list. */
function agendaWith(language: Language, note: string): string {
  const place: Record<Language, string> = {
    en: 'Geneva, 3-7 June 2024',
    fr: 'Genève, 3-7 juin 2024',
    es: 'Ginebra, 3 a 7 de junio de 2024',
    ru: 'Женева, 3–7 июня 2024 года',
    ar: 'جنيف، 3-7 حزيران/يونيه 2024',
    zh: '2024年6月3日至7日，日内瓦',
  };
  return (
    `United Nations\tX/Y/2024/1\nDistr.: General\n2 May 2024\nOriginal: English\n\n` +
    `${place[language]}\n\n${PROVISIONAL_AGENDA_TITLES[language]}\n\n1. A.\n\n2. B.\n\n${note}\n`
  );
}

describe('the opening at a named hour', () => {
  it.each([
    ['en', 'The session will meet on Monday, 3 June 2024, from 10 a.m.–noon.', '2024-06-03T10:00'],
    ['en', 'The session will open at 12 midnight on Monday, 3 June 2024.', '2024-06-03T00:00'],
    ['en', 'The session will open at noon on Monday, 3 June 2024.', '2024-06-03T12:00'],
    ['fr', 'La session s’ouvrira le lundi 3 juin 2024 à midi.', '2024-06-03T12:00'],
    ['fr', 'La séance se tiendra le lundi 3 juin 2024, de 10 heures à midi.', '2024-06-03T10:00'],
    ['es', 'El período de sesiones se inaugurará el lunes 3 de junio de 2024 al mediodía.', '2024-06-03T12:00'],
    ['es', 'La sesión se celebrará el lunes 3 de junio de 2024, de las 10.00 horas al mediodía.', '2024-06-03T10:00'],
    ['ru', 'Сессия откроется в понедельник, 3 июня 2024 года, в 10 ч 00 мин.', '2024-06-03T10:00'],
    ['ru', 'Заседание состоится в понедельник, 3 июня 2024 года, с 10 ч. 00 м. до 13 ч. 00 м.', '2024-06-03T10:00'],
  ] as const)('%s: %s', (language, note, expected) => {
    const document = parseAgenda(agendaWith(language, note), { lang: language });
    expect(document.meeting.startDate).toBe('2024-06-03');
    expect(document.meeting.opening).toBe(expected);
  });
});

describe('timetable rows ending at a named hour', () => {
  const MEETING = { year: 2024, month: 6, day: 3 };
  it.each([
    ['en', ['Monday, 3 June', '10 a.m.–noon\tItem 1', '3 p.m.–6 p.m.\tItem 2'], ['10:00-12:00', '15:00-18:00']],
    ['fr', ['Lundi 3 juin', 'De 10 heures à midi\tPoint 1', '15 heures-18 heures\tPoint 2'], ['10:00-12:00', '15:00-18:00']],
    ['es', ['Lunes 3 de junio', 'De las 10.00 horas al mediodía\tTema 1', '15.00 a 18.00 horas\tTema 2'], ['10:00-12:00', '15:00-18:00']],
    ['ru', ['Понедельник, 3 июня', 'с 10 ч 00 м до 13 ч 00 м\tПункт 1', 'с 15 ч 00 м до 18 ч 00 м\tПункт 2'], ['10:00-13:00', '15:00-18:00']],
  ] as const)('%s', (language, rows, expected) => {
    const ctx = contextFor(rows.join('\n'), language);
    const dates = extractDatesInLanguages(ctx.norm.text, [ctx.locale, en]);
    const slots = extractSchedule(ctx, { from: 0, to: ctx.lines.length }, dates, MEETING).slots;
    expect(slots.map((s) => `${s.start && formatTime(s.start)}-${s.end && formatTime(s.end)}`)).toEqual(expected);
    expect(slots.map((s) => s.date && isoDate(s.date))).toEqual(expected.map(() => '2024-06-03'));
  });
});
