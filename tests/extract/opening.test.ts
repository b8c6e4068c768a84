// The meeting's opening (date and time) and the single clock times it is read from: 24-hour
// times after the language's "at" word or with a colon, the French "h", a range next to the
// date standing for its start, Arabic half days joined by من, and the choice of the pair on
// the meeting's start date. Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { findClockTimes, findWordTimes, formatTime } from '../../src/extract/times.js';
import { ar } from '../../src/locales/ar.js';
import { LOCALES } from '../../src/locales/index.js';
import { normalise } from '../../src/normalise/normalise.js';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const clockTimes = (language: Language, input: string) =>
  findClockTimes(normalise(input).text, LOCALES[language]!).map((t) => formatTime(t.time));

describe('single clock times', () => {
  it.each([
    ['en', 'opened at 10:00 on Monday', '10:00'],
    ['en', 'opened at 10.00 on Monday', '10:00'],
    ['en', 'opened at 9.30 on Monday', '09:30'],
    ['en', 'Monday, 3 June 2024, 10:00', '10:00'],
    ['en', 'at 3.30 p.m.', '15:30'],
    ['fr', 'le lundi à 10 h 30.', '10:30'],
    ['fr', 'le lundi à 10h30.', '10:30'],
    ['fr', 'le lundi à 10 H 30.', '10:30'],
    ['fr', 'le lundi à 15 h.', '15:00'],
    ['fr', 'le lundi à 10:00.', '10:00'],
    ['es', 'a las 10.00 horas', '10:00'],
    ['es', 'el lunes, a las 10.00, en la sede', '10:00'],
    ['es', 'a las 9.30 del lunes', '09:30'],
    ['es', 'a las 17:30', '17:30'],
    ['ru', 'в понедельник в 10:00', '10:00'],
    ['ru', 'в понедельник в 10.00', '10:00'],
    ['ru', 'в 15 час. 00 мин.', '15:00'],
    ['ar', 'في الساعة 10:00 من يوم الاثنين', '10:00'],
    ['ar', 'في الساعة 10.00 من يوم الاثنين', '10:00'],
    ['ar', 'في الساعة ١٠/٠٠ من يوم الاثنين', '10:00'],
    ['ar', 'بالساعة ١٠/٣٠ يوم', '10:30'],
    ['ar', 'الساعة ١٠/٠٠ صباحاً', '10:00'],
    // The half day with its tanween (صباحاً) is still the morning.
    ['ar', 'يوم الاثنين 9:30 صباحاً', '09:30'],
    ['ar', 'الساعة ٣/٠٠ من بعد ظهر يوم', '15:00'],
    ['zh', '会议于上午10:00开幕', '10:00'],
    ['zh', '会议于10:00开幕', '10:00'],
  ] as const)('%s: %s', (language, input, expected) => {
    expect(clockTimes(language, input)).toEqual([expected]);
  });

  // Numbers that are not times, even with minutes-like digits; some after an "at" word.
  it.each([
    ['en', 'in 2022'],
    ['en', 'see paragraph 10.1'],
    ['en', 'paragraphs 10.10 and 10.15'],
    ['en', 'an amount of 10.00'],
    ['en', 'document E/CN.7/2019/10'],
    ['en', 'on 27/1'],
    ['en', 'page 10'],
    ['en', 'rows 14/15'],
    ['en', 'decision 10/15'],
    ['en', 'A/HRC/46/12'],
    ['en', 'resolution 1999/30'],
    ['en', 'at 25:00'],
    ['en', 'at 10:75'],
    ['en', 'at 10:1'],
    ['en', 'at 10'],
    ['en', 'at 2022'],
    ['en', 'at 10.1'],
    ['en', 'that 10.30 is'],
    ['fr', 'point 10 : 30 États'],
    ['fr', 'les paragraphes 10.10 et 10.15'],
    ['es', 'los párrafos 10.10 y 10.15'],
    ['es', 'a la página 10'],
    ['ru', 'пункт 10.15'],
    ['ru', 'в 2024 году'],
    ['ar', 'القرار 10/15'],
    ['ar', 'الفقرة ١٠٫١٥'],
    ['ar', 'الفقرتان ١٤/١٥'],
    ['zh', '第10.15段'],
    ['zh', '第55/25号决议'],
  ] as const)('%s: none in %s', (language, input) => {
    expect(clockTimes(language, input)).toEqual([]);
  });
});

describe('Arabic half days in words', () => {
  it.each([
    ['في الساعة الثالثة من بعد ظهر يوم الاثنين', 15, 0],
    ['في الساعة الثالثة بعد ظهر يوم الاثنين', 15, 0],
    ['في الساعة الثالثة من بعد الظهر', 15, 0],
    ['الساعة العاشرة من صباح يوم الخميس', 10, 0],
    ['الساعة الحادية عشرة والنصف من صباح يوم الخميس', 11, 30],
    ['الساعة الرابعة من مساء يوم الأحد', 16, 0],
    ['الساعة العاشرة صباح يوم الأحد', 10, 0],
  ])('%s', (input, hour, minute) => {
    expect(findWordTimes(normalise(input).text, ar).map((t) => t.time)).toEqual([{ hour, minute }]);
  });
});

/** A small agenda in each language: the meeting runs from Monday 3 to Friday 7 June 2024. */
const agenda: Record<Language, (note: string) => string> = {
  en: (note) =>
    `United Nations\tX/Y/2024/1\nEconomic and Social Council\tDistr.: General\n2 May 2024\n\nOriginal: English\n\n` +
    `Committee on Widget Standards\nThird session\nGeneva, 3-7 June 2024\n\nProvisional agenda\n\n` +
    `1. Opening of the session.\n\n2. Other matters.\n\n${note}\n`,
  fr: (note) =>
    `Nations Unies\tX/Y/2024/1\nConseil économique et social\tDistr. générale\n2 mai 2024\nFrançais\nOriginal : anglais\n\n` +
    `Comité des normes\nTroisième session\nGenève, 3-7 juin 2024\n\nOrdre du jour provisoire\n\n` +
    `1. Ouverture de la session.\n\n2. Questions diverses.\n\n${note}\n`,
  es: (note) =>
    `Naciones Unidas\tX/Y/2024/1\nConsejo Económico y Social\tDistr. general\n2 de mayo de 2024\nEspañol\nOriginal: inglés\n\n` +
    `Comité de Normas\nTercer período de sesiones\nGinebra, 3 a 7 de junio de 2024\n\nPrograma provisional\n\n` +
    `1. Apertura del período de sesiones.\n\n2. Otros asuntos.\n\n${note}\n`,
  ru: (note) =>
    `Организация Объединенных Наций\tX/Y/2024/1\nЭкономический и Социальный Совет\tDistr.: General\n2 May 2024\nRussian\nOriginal: English\n\n` +
    `Комитет по стандартам\nТретья сессия\nЖенева, 3–7 июня 2024 года\n\nПредварительная повестка дня\n\n` +
    `1. Открытие сессии.\n\n2. Прочие вопросы.\n\n${note}\n`,
  ar: (note) =>
    `الأمم المتحدة\tX/Y/2024/1\nDistr.: General\n2 May 2024\nArabic\nOriginal: English\n\n` +
    `لجنة المعايير\nالدورة الثالثة\nجنيف، 3-7 حزيران/يونيه 2024\n\nجدول الأعمال المؤقت\n\n` +
    `1- افتتاح الدورة.\n\n2- مسائل أخرى.\n\n${note}\n`,
  zh: (note) =>
    `联合国\tX/Y/2024/1\n经济及社会理事会\tDistr.: General\n2 May 2024\nChinese\nOriginal: English\n\n` +
    `标准委员会\n第三届会议\n2024年6月3日至7日，日内瓦\n\n临时议程\n\n` +
    `1. 会议开幕。\n\n2. 其他事项。\n\n${note}\n`,
};

const openingOf = (language: Language, note: string) => {
  const document = parseAgenda(agenda[language](note), { lang: language });
  expect(document.meeting.startDate).toBe('2024-06-03');
  return document.meeting.opening;
};

describe('the opening', () => {
  it.each([
    // 24-hour times.
    ['en', 'The session will be opened at 10:00 on Monday, 3 June 2024.', '2024-06-03T10:00'],
    ['en', 'The session will be opened at 10.00 on Monday, 3 June 2024.', '2024-06-03T10:00'],
    ['en', 'The session will be opened on Monday, 3 June 2024, at 9.30 a.m.', '2024-06-03T09:30'],
    ['fr', '* La session s’ouvrira le lundi 3 juin 2024 à 10 h 30.', '2024-06-03T10:30'],
    ['fr', '* La session s’ouvrira le lundi 3 juin 2024 à 10h30.', '2024-06-03T10:30'],
    ['fr', '* La session s’ouvrira à 10:00, le lundi 3 juin 2024.', '2024-06-03T10:00'],
    ['es', '* El período de sesiones se inaugurará el lunes 3 de junio de 2024, a las 10.00 horas.', '2024-06-03T10:00'],
    ['es', '* El período de sesiones se inaugurará el lunes 3 de junio de 2024 a las 10.00.', '2024-06-03T10:00'],
    ['ru', '* Сессия откроется в понедельник, 3 июня 2024 года, в 10:00.', '2024-06-03T10:00'],
    ['ru', '* Сессия откроется в понедельник, 3 июня 2024 года, в 10.00.', '2024-06-03T10:00'],
    ['ar', 'تفتتح الدورة في الساعة 10:00 من يوم الاثنين 3 حزيران/يونيه 2024.', '2024-06-03T10:00'],
    ['ar', 'تفتتح الدورة في الساعة ١٠/٠٠ من يوم الاثنين ٣ حزيران/يونيه ٢٠٢٤.', '2024-06-03T10:00'],
    ['zh', '* 本届会议将于2024年6月3日星期一10:00开幕。', '2024-06-03T10:00'],
    ['zh', '* 本届会议将于2024年6月3日星期一上午10时开幕。', '2024-06-03T10:00'],
    // A range next to the date opens at its start.
    ['en', 'The session will meet on Monday, 3 June 2024, from 10 a.m. to 1 p.m.', '2024-06-03T10:00'],
    ['fr', '* La session se tiendra le lundi 3 juin 2024, de 10 heures à 13 heures.', '2024-06-03T10:00'],
    ['es', '* La sesión se celebrará el lunes 3 de junio de 2024, de 10.00 a 13.00 horas.', '2024-06-03T10:00'],
    ['ru', '* Заседание состоится в понедельник, 3 июня 2024 года, 10 час. 00 мин. – 13 час. 00 мин.', '2024-06-03T10:00'],
    ['ar', 'تعقد الجلسة يوم الاثنين 3 حزيران/يونيه 2024 من الساعة 10:00 إلى الساعة 13:00.', '2024-06-03T10:00'],
    ['zh', '* 会议于2024年6月3日星期一上午10时至下午1时举行。', '2024-06-03T10:00'],
    // Arabic half days joined by من.
    ['ar', 'تفتتح الدورة في الساعة الثالثة من بعد ظهر يوم الاثنين 3 حزيران/يونيه 2024.', '2024-06-03T15:00'],
    ['ar', 'تفتتح الدورة في الساعة الثالثة بعد ظهر يوم الاثنين 3 حزيران/يونيه 2024.', '2024-06-03T15:00'],
    ['ar', 'تفتتح الدورة في الساعة العاشرة من صباح يوم الاثنين 3 حزيران/يونيه 2024.', '2024-06-03T10:00'],
  ] as const)('%s: %s', (language, note, expected) => {
    expect(openingOf(language, note)).toBe(expected);
  });

  it.each([
    // On the start date, a later pair wins over an earlier one on another day.
    ['en', 'The report will be adopted at 5 p.m. on Friday, 7 June 2024. The session opens at 10 a.m. on Monday, 3 June 2024.', '2024-06-03T10:00'],
    ['es', 'El Comité aprobará el informe el viernes 7 de junio de 2024, a las 17.30 horas. Se inaugurará el lunes 3 de junio de 2024, a las 10.00 horas.', '2024-06-03T10:00'],
    // No pair on the start date: a pair on another day is another meeting.
    ['en', 'The report will be adopted at 5 p.m. on Friday, 7 June 2024.', null],
    ['es', 'El Comité aprobará el informe el viernes 7 de junio de 2024, a las 17.30 horas.', null],
    ['fr', 'Le rapport sera adopté le vendredi 7 juin 2024 à 17 h 30.', null],
    ['en', 'The Bureau met at 10 a.m. on Monday, 11 December 2023.', null],
    // …unless its weekday is the start date's: the day number was misprinted.
    ['en', 'The session will be opened at 10 a.m. on Monday, 4 June 2024.', '2024-06-04T10:00'],
    // A time and a date in two sentences are not one moment.
    ['en', 'The report will be adopted at 5.30 p.m.\n\nAnnex\n\nMonday, 3 June 2024', null],
    ['en', 'The Bureau meets on Sunday, 2 June 2024 at 3 p.m. The session opens on Monday, 3 June 2024 at 10 a.m.', '2024-06-03T10:00'],
    ['es', 'El informe se aprobará a las 17.30 horas.\n\nAnexo\n\nLunes 3 de junio de 2024', null],
    ['ar', 'يعتمد التقرير في الساعة 17:30.\n\nالمرفق\n\nيوم الاثنين 3 حزيران/يونيه 2024', null],
    // Numbers next to the date that are not times.
    ['en', 'The session opens on Monday, 3 June 2024; see paragraphs 10.10 and 10.15.', null],
    ['en', 'The session opens on Monday, 3 June 2024 (document X/Y/2024/10.00).', null],
    ['en', 'The session opens on Monday, 3 June 2024, page 10.', null],
    ['en', 'Monday, 3 June 2024: see decision 10/15 and 27/1.', null],
  ] as const)('%s: %s', (language, note, expected) => {
    expect(openingOf(language, note)).toBe(expected);
  });

  it('takes the first slot of a timetable whose first day heads it, when no opening is stated', () => {
    const note = 'Annex\n\nProposed organization of work\n\nMonday, 3 June\n\n9.30 a.m.-1 p.m.\tItem 1\n3-6 p.m.\tItem 2';
    expect(openingOf('en', note)).toBe('2024-06-03T09:30');
  });
});

// "Meetings will be held from 9.30 a.m. to 12.30 p.m. and from 2 p.m. to 5 p.m., except on
// Monday, 3 June, when the session will open at 10 a.m." (UNCITRAL's working groups and others):
// the hours before the exception word are every other day's, not the date's after it.
describe('a date excepted from the hours before it', () => {
  it.each([
    ['en', 'Meetings will be held from 9.30 a.m. to 12.30 p.m. and from 2 p.m. to 5 p.m., except on Monday, 3 June 2024, when the session will open at 10 a.m.', '2024-06-03T10:00'],
    ['en', 'Meetings will be held from 3 p.m. to 6 p.m., except on Monday, 3 June 2024.', null],
    ['fr', '* Les séances se tiendront de 9 h 30 à 12 h 30 et de 15 heures à 18 heures, sauf le lundi 3 juin 2024, où la session s’ouvrira à 10 heures.', '2024-06-03T10:00'],
    ['es', '* Las sesiones se celebrarán de 9.30 a 12.30 horas y de 15.00 a 18.00 horas, excepto el lunes 3 de junio de 2024, que comenzará a las 10.00 horas.', '2024-06-03T10:00'],
    ['ru', '* Заседания будут проводиться с 9.30 до 12.30 и с 15.00 до 18.00, за исключением понедельника, 3 июня 2024 года, когда сессия откроется в 10.00.', '2024-06-03T10:00'],
    ['ar', 'تعقد الجلسات من الساعة 9:30 إلى الساعة 12:30 ومن الساعة 15:00 إلى الساعة 18:00، باستثناء يوم الاثنين 3 حزيران/يونيه 2024، حيث تفتتح الدورة في الساعة 10:00.', '2024-06-03T10:00'],
    // Chinese prints its exception word after the date.
    ['zh', '* 会议时间为上午9时30分至中午12时30分和下午3时至6时，但2024年6月3日星期一除外，当天会议于上午10时开幕。', '2024-06-03T10:00'],
    // A time after the date is the date's: "on Monday, 3 June 2024, except that…" changes nothing.
    ['en', 'The session will be opened on Monday, 3 June 2024, at 10 a.m., except that the Bureau meets earlier.', '2024-06-03T10:00'],
  ] as const)('%s: %s', (language, note, expected) => {
    expect(openingOf(language, note)).toBe(expected);
  });
});
