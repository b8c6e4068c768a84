// Venues the header missed: a Chinese venue printed after the date on the line a working
// group's name runs into, and the venue of an agenda for one meeting, printed on the line under
// its title that says where and when the meeting is held. Texts are made up, in the printed forms.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

describe('Chinese: the venue after the date, a name before it on the same line', () => {
  const agenda = (line: string) =>
    `联合国\tXX/COP/WG.9/2036/1\n\n某公约缔约方会议\n\n${line}\n\n临时议程\n\n1. 组织事项\n2. 其他事项\n`;

  it.each([
    ['**渔业问题工作组** 2036年5月30日和31日，维也纳', '渔业问题工作组', '维也纳', '2036-05-30'],
    ['渔业问题工作组 2036年5月30日至6月3日，日内瓦', '渔业问题工作组', '日内瓦', '2036-05-30'],
  ])('"%s": organ %s, venue %s', (line, organ, venue, start) => {
    const doc = parseAgenda(agenda(line), { lang: 'zh' });
    expect(doc.meeting.organ).toBe(organ);
    expect(doc.meeting.venue).toBe(venue);
    expect(doc.meeting.startDate).toBe(start);
  });

  it.each([
    // The date alone, then the venue: as before.
    ['2036年11月28日至30日，维也纳', '维也纳'],
    // The venue before the date, nothing after it.
    ['维也纳，2036年11月28日至30日', '维也纳'],
    // A time after the date is no venue: the place before it is.
    ['日内瓦 2036年5月30日，上午10时', '日内瓦'],
  ])('"%s": venue %s', (line, venue) => {
    const doc = parseAgenda(agenda(line), { lang: 'zh' });
    expect(doc.meeting.venue).toBe(venue);
    expect(doc.meeting.organ).toBeNull();
  });
});

describe('an agenda for one meeting: the venue on its held line', () => {
  const HELD: Record<Language, [string, string, string]> = {
    en: [
      'Provisional agenda for the 9999th meeting of the Council',
      'To be held at Headquarters, New York, on Monday, 27 January 2031, at 10 a.m.',
      'Headquarters, New York',
    ],
    fr: [
      'Ordre du jour provisoire de la 9999e séance du Conseil',
      'Devant se tenir au Siège, à New York, le lundi 27 janvier 2031, à 10 heures',
      'Siège, à New York',
    ],
    es: [
      'Orden del día provisional de la 9999ª sesión del Consejo',
      'Que se celebrará en la Sede, Nueva York, el lunes 27 de enero de 2031, a las 10.00 horas',
      'Sede, Nueva York',
    ],
    ru: [
      'Предварительная повестка дня 9999-го заседания Совета',
      'которое состоится в Центральных учреждениях, Нью-Йорк, в понедельник, 27 января 2031 года, в 10 ч. 00 м.',
      'Центральных учреждениях, Нью-Йорк',
    ],
    ar: [
      'جدول الأعمال المؤقت للجلسة 9999 للمجلس',
      'المقرر عقدها في المقر، نيويورك، يوم الاثنين، 27 كانون الثاني/يناير 2031، الساعة 10:00',
      'المقر، نيويورك',
    ],
    zh: ['理事会第9999次会议临时议程', '将于2031年1月27日星期一上午10时在纽约总部举行', '纽约总部'],
  };
  const agenda = (title: string, held: string) =>
    `United Nations\tS/Agenda/9999\nSecurity Council\n\n${title}\n${held}\n\n1. Adoption of the agenda\n2. Other matters\n`;

  it.each(Object.keys(HELD) as Language[])('%s: the venue and the date', (language) => {
    const [title, held, venue] = HELD[language];
    const doc = parseAgenda(agenda(title, held), { lang: language });
    expect(doc.meeting.startDate).toBe('2031-01-27');
    expect(doc.meeting.venue).toBe(venue);
  });

  it.each([
    ['en', 'To be held on Monday, 27 January 2031, at 10 a.m.'],
    ['fr', 'Devant se tenir le lundi 27 janvier 2031, à 10 heures'],
    ['zh', '将于2031年1月27日星期一上午10时举行'],
  ] as const)('%s: a held line naming no place gives no venue', (language, held) => {
    const doc = parseAgenda(agenda(HELD[language][0], held), { lang: language });
    expect(doc.meeting.startDate).toBe('2031-01-27');
    expect(doc.meeting.venue).toBeNull();
  });
});
